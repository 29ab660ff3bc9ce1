"""src54b (session 54): a source phrase that denies its reporter is no source. "a margin that no
poll had predicted" says no poll reported the figure; it is the writer's (gold README: a source
is who the text attributes the figure to; none when no one). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
from tests.conftest import claim_named


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The mayor won by 12 points, a margin that no poll had predicted.", "12"),
        ("Turnout reached 61 percent, a level no analyst had expected.", "61"),
        ("The river rose 14 feet, which none of the forecasters had anticipated.", "14"),
    ],
)
def test_a_denying_source_phrase_is_no_source(nlp, text, figure):
    claim = claim_named(nlp, text, figure)
    assert claim.source.kind is SourceKind.NONE
    assert claim.source.text == ""


def test_a_source_beside_a_denial_is_kept(nlp):
    claim = claim_named(
        nlp, "Officials said 8 people were rescued and no deaths were reported.", "8"
    )
    assert claim.source.text == "Officials"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The governor said nothing about the 300 layoffs at the plant.", "300"),
        ("The senator said little about the $2 billion shortfall.", "$2 billion"),
    ],
)
def test_a_figure_the_speaker_said_nothing_about_is_no_source(nlp, text, figure):
    claim = claim_named(nlp, text, figure)
    assert claim.source.kind is SourceKind.NONE


def test_a_speaker_who_gives_the_figure_keeps_it(nlp):
    claim = claim_named(nlp, "Lee said little had changed since 300 workers were laid off.", "300")
    assert claim.source.text == "Lee"
