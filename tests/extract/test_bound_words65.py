"""wspan65 (session 65): "closer to 1,100" is about it; "not less than 53%" bounds it from
below, as "no less than" does; "exceed 40 degrees Celsius" is a lower bound though the parse
hangs the number on a two-word unit, and a headline's "as cases top 900" is one though the parse
hangs the number on the verb as a modifier (tests/corpus, wireg headlines). Invented texts.

Gold README "approx"; tests/wireb and tests/wiree golds (3 of 3 "closer to" approximate, one
"not less than" lower_bound).
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.pipeline import parse_text


def _approx(nlp, text: str, span: str) -> str:
    ex = extract_claims(parse_text(nlp, text), doc_name="t", text=text)
    return next(c.approx.value for c in ex.claims if c.text == span)


@pytest.mark.parametrize(
    ("text", "span", "approx"),
    [
        (
            "A second envoy put the number held at closer to 2,300, he said.",
            "closer to 2,300",
            "approximate",
        ),
        (
            'The party said it would win "not less than 48%" of the vote.',
            "not less than 48%",
            "lower_bound",
        ),
        ("The union wants not fewer than 900 new posts.", "not fewer than 900", "lower_bound"),
        # near misses: the bare comparatives keep their reading
        ("Turnout was less than 48%, the board said.", "less than 48%", "upper_bound"),
        ("The board said it was close to 2,300.", "close to 2,300", "approximate"),
    ],
)
def test_closer_to_and_not_less_than(nlp, text, span, approx):
    assert _approx(nlp, text, span) == approx


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("In the camps, temperatures often exceed 45 degrees Celsius in July.", "lower_bound"),
        ("In the camps, temperatures were 45 degrees Celsius in July.", "exact"),
    ],
)
def test_bound_verb_reaches_a_figure_with_a_two_word_unit(nlp, text, approx):
    assert _approx(nlp, text, "45 degrees") == approx


def test_headline_figure_after_a_bound_verb_is_a_lower_bound(nlp):
    text = (
        "Cholera kills 12 in Malawi as cases top 900\n\nLILONGWE (Reuters) - Cholera has killed 12."
    )
    assert _approx(nlp, text, "900") == "lower_bound"
    assert _approx(nlp, text, "12") == "exact"
