"""Session 58: the people a poll asks are no source ("35 percent of voters said"); the counted
are never the source (issue 11). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
from tests.conftest import claim_named


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Most voters said taxes were too high, and 35 percent of voters said schools were "
            "the priority.",
            "35 percent",
        ),
        ("Respondents said 42 percent of their income went to rent.", "42 percent"),
        ("Likely voters said 12 percent was too much for a tax increase.", "12 percent"),
    ],
)
def test_the_polled_people_are_no_source(nlp, text, figure):
    claim = claim_named(nlp, text, figure)
    assert claim.source.kind is SourceKind.NONE


def test_the_poll_named_in_the_sentence_reports_what_its_respondents_said(nlp):
    claim = claim_named(
        nlp,
        "In the Marist poll, most respondents said 41 percent of their income went to rent.",
        "41 percent",
    )
    assert claim.source.text.endswith("poll")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A Gallup poll of American voters found that 55 percent backed the plan.",
            "55",
            "A Gallup poll of American voters",
        ),
        ("Union members said 300 jobs would be cut at the plant.", "300", "Union members"),
    ],
)
def test_a_poll_of_voters_and_other_groups_keep_their_source(nlp, text, figure, source):
    claim = claim_named(nlp, text, figure)
    assert claim.source.text == source
