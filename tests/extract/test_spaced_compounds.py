"""tspan (session 45): a compound descriptor or an age written without its first hyphen ("a ten
year veteran", "his 25 year-old son") is not a claim, as its hyphenated form is not; a span with
its unit in the plural, or one unit, stays a claim."""

from __future__ import annotations

import pytest

from tests.conftest import claim_mentions, mention_texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Officer Ruiz is a twelve year veteran of the department.", "twelve year"),
        ("The island lies about a six hour flight from the coast.", "six hour"),
        ("The board approved a 10 year plan for the harbor.", "10 year"),
        ("Ms. Gray lost her 19 year-old nephew in the fire.", "19 year"),
    ],
)
def test_a_compound_without_its_first_hyphen_is_not_a_claim(nlp, text: str, figure: str):
    assert figure in mention_texts(nlp, text, claims=False)


@pytest.mark.parametrize(
    "text, span",
    [
        ("He was given 1 year of probation, the court said.", "1 year"),
        ("The couple were married for 40 years, relatives said.", "40 years"),
    ],
)
def test_one_unit_or_a_plural_span_stays_a_claim(nlp, text: str, span: str):
    assert span in claim_mentions(nlp, text)
