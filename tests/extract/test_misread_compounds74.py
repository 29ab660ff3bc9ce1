"""A forecasting verb the parse compounds on the noun after it.

"The IMF projects growth of 6.5%": the parse reads "projects" as a noun compounded on "growth"
(the sentence left with no main verb), and "The central bank forecasts inflation will fall to
21%" compounds "forecasts" on the subject of "will fall", so the figure had no one behind it.
The name before the verb is its subject: the source (gold README "Source kinds"; tests/wire2t,
wire2v golds, and the same verbs read as verbs in six more wire sets). A plural noun that
really is a compound ("the World Bank projects in Kenya cost ...") keeps the writer's figure.
Invented sentences."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_a_body_projecting_growth_of_a_figure_is_its_source(nlp):
    text = "The IMF projects growth of 3.2% for next year, down from 4.1% this year."
    assert source_of(nlp, text, "3.2%") == ("The IMF", SourceKind.NAMED_ORG)


def test_the_earlier_level_of_a_projection_is_the_same_bodys(nlp):
    text = "The IMF projects growth of 3.2% for next year, down from 4.1% this year."
    assert source_of(nlp, text, "4.1%") == ("The IMF", SourceKind.NAMED_ORG)


def test_a_body_forecasting_a_clause_with_a_modal_is_its_source(nlp):
    text = "The central bank forecasts inflation will fall to 14% by the end of next year."
    assert source_of(nlp, text, "14%") == ("The central bank", SourceKind.NAMED_ORG)


def test_a_plural_noun_with_a_verb_of_its_own_stays_the_writers(nlp):
    text = "The World Bank projects in Kenya cost $3 billion last year."
    assert source_of(nlp, text, "$3 billion")[1] == SourceKind.NONE
