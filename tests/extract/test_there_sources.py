"""Sources, session 68 (wsrc68b): "there" on an unnamed source's noun ("a spokeswoman there
said") names the place, as "in Tripoli" does, and stays in the source text (tests/wireg,
tests/wirek golds: "a doctor there", "a spokeswoman there"). A "there" in the reported clause
is no part of the source.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Another six patients were taken to the Mercy Hospital in Karu, a spokeswoman "
            "there said.",
            "six",
            "a spokeswoman there",
        ),
        (
            "At the Karu clinic, the ward has been running at more than 120% of capacity for "
            "three weeks, a nurse there said, asking not to be named.",
            "more than 120%",
            "a nurse there",
        ),
    ],
)
def test_there_on_an_unnamed_sources_noun_stays_in_its_text(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.ANONYMOUS)


def test_there_in_the_reported_clause_is_no_part_of_the_source(nlp):
    text = "Officials said 30 people were there."
    assert source_of(nlp, text, "30") == ("Officials", SourceKind.ANONYMOUS)
