"""A forecast verb the parse reads as a plural noun after a body named by its common noun.

"The budget office projects that the deficit will reach ...": the parse tags "projects" a plural
noun and its "that" clause a relative clause on it. The clause has a subject of its own after
"that", which no relative clause whose pronoun is "that" has, so "projects" is the body's verb:
the body is the source (gold README "Source kinds": "the health ministry" -> named_org) and what
it projects is hedged (docs/gold-conventions.md "Forecasts and beliefs" (b)). A real relative
clause on a plural noun stays a noun phrase. Invented sentences."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import hedged_texts, source_of


def test_a_body_projecting_a_size_is_source_and_hedges_it(nlp):
    text = "The budget office projects that the shortfall will reach $4.2 billion next year."
    assert source_of(nlp, text, "$4.2 billion") == ("The budget office", SourceKind.NAMED_ORG)
    assert "$4.2 billion" in hedged_texts(nlp, text)


def test_relative_clause_on_a_plural_noun_stays_a_noun(nlp):
    text = "The housing projects that the county built in 1962 have 380 units."
    assert source_of(nlp, text, "380")[1] == SourceKind.NONE
    assert "380" not in hedged_texts(nlp, text)
