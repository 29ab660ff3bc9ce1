"""anon62 (session 62): unnamed sources in forms the attribution rules missed, with near misses
that must stay as they were. Invented sentences; gold README "Source kinds" (unnamed people ->
anonymous, with anonymous_source)."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat, SourceKind
from tests.conftest import claim_named


def _anonymous(claim) -> bool:
    return any(m.kind == Caveat.ANONYMOUS_SOURCE for m in claim.caveats)


def test_a_report_that_opens_a_list_is_the_source_of_every_figure_in_it(nlp):
    text = (
        "Earlier, Linwood officials reported three patients were in critical condition, two "
        "were in fair condition, and one was being assessed."
    )
    for figure in ("three", "two", "one"):
        claim = claim_named(nlp, text, figure)
        assert claim.source.text == "Linwood officials"
        assert _anonymous(claim)


def test_a_report_closing_a_list_keeps_its_source(nlp):
    text = "Police said two men were hurt, and one was taken to a hospital."
    assert claim_named(nlp, text, "one").source.text == "Police"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The senator did not reach the $3 million his aides said he would raise.", "$3 million",
         "his aides"),
        ("The council did not open the 12 clinics the company says it built.", "12",
         "the company"),
        ("Police declined to name the man, who early reports said had committed suicide.",
         "the man",
         "early reports"),
    ],
)  # fmt: skip
def test_a_reporting_clause_on_the_figure_is_its_source(nlp, text, figure, source):
    assert claim_named(nlp, text, figure).source.text == source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The county has seven commissioners, two of whom have backed the plan.", "two"),
        ("The plant employs 900 people who said they feared the closure.", "900"),
    ],
)
def test_a_clause_of_those_counted_gives_no_source(nlp, text, figure):
    assert claim_named(nlp, text, figure).source.kind is SourceKind.NONE


def test_a_reporter_inside_a_relative_clause_is_the_source_not_its_antecedent(nlp):
    text = "Police have not named the cyclist, who witnesses said was riding at about 30 mph."
    claim = claim_named(nlp, text, "about 30 mph")
    assert claim.source.text == "witnesses"
    assert _anonymous(claim)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Those familiar with the plan said it would cut 1,100 jobs.", "1,100",
         "Those familiar with the plan"),
        ("Those who live on the block said 4 shots were fired.", "4",
         "Those who live on the block"),
    ],
)  # fmt: skip
def test_those_the_text_describes_are_the_source(nlp, text, figure, source):
    claim = claim_named(nlp, text, figure)
    assert claim.source.text == source


def test_a_demonstrative_fact_is_no_source(nlp):
    claim = claim_named(nlp, "That suggests 40 percent of the votes were lost.", "40 percent")
    assert claim.source.kind is SourceKind.NONE


def test_remarks_counted_in_a_relative_clause_have_no_reporter(nlp):
    text = "Here are nine outrageous things the senator has said about farmers."
    assert claim_named(nlp, text, "nine").source.kind is SourceKind.NONE


def test_a_poll_share_that_speaks_for_itself_takes_no_earlier_report(nlp):
    text = "More than six in 10 said they were tired; 46 percent said they were unenthusiastic."
    assert claim_named(nlp, text, "46 percent").source.kind is SourceKind.NONE
