"""Session 35 (gvasrc43): where officers went is no report of theirs. A "responded" with no
clause is an act ("Deputies responded to two calls at three homes"): a figure anywhere under it
is the writer's, and a report around it keeps its own speaker. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
from tests.conftest import claims_of


def _source_of(nlp, text, figure):
    claim = next(c for c in claims_of(nlp, text) if c.text == figure and not c.implied)
    return claim.source.text, claim.source.kind


@pytest.mark.parametrize(
    "text, figure, source, kind",
    [
        # where they went, in any phrase of the act: no one's report
        (
            "Deputies responded to a fight at three homes on Elm Street.",
            "three",
            "",
            SourceKind.NONE,
        ),
        ("Officers responded with 12 cruisers to the Elm Street bar.", "12", "", SourceKind.NONE),
        # a report around the act keeps its own speaker, not the officers who went
        (
            "Kenton police say officers responded to a call and found three men shot.",
            "three",
            "Kenton police",
            SourceKind.NAMED_ORG,
        ),
        # negative: a "responded" with a clause reports it
        (
            "The sheriff responded that three deputies were hurt.",
            "three",
            "The sheriff",
            SourceKind.NAMED_PERSON,
        ),
    ],
)
def test_responding_without_a_clause_reports_nothing(nlp, text, figure, source, kind):
    assert _source_of(nlp, text, figure) == (source, kind)
