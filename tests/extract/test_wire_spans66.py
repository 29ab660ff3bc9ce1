"""wsubj66 (session 66), spans and values on wire copy. Invented texts.

- "five of the region's nine largest towns": a share whose whole has an owner before it, not a
  ranked group (tests/wiref, wirej golds: shares);
- "destroyed 44 drones over seven regions": "over" the places an amount is spread over, not
  "more than" (tests/wirea, wirek golds: exact);
- "a quarter of them younger than 16", "people who were under 17": an age bracket defining a
  group (tests/wiree, wirel golds: not claims).
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.pipeline import parse_text


def _claims(nlp, text: str):
    return extract_claims(parse_text(nlp, text), doc_name="t", text=text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Observers had the party ahead in five of the region's nine largest towns, they said.",
            "five of the region's nine",
            5 / 9,
        ),
        (
            "Peru, home to six of the world's 10 longest rivers, has floods.",
            "six of the world's 10",
            0.6,
        ),
    ],
)
def test_share_of_an_owned_ranked_whole_is_a_share(nlp, text, span, value):
    claim = next(c for c in _claims(nlp, text).claims if c.text == span)
    assert claim.value == pytest.approx(value, abs=0.001)


def test_ranked_group_with_an_owner_stays_a_rank(nlp):
    # near miss: no "N of" before the owner
    ex = _claims(nlp, "He won the state's two largest counties.")
    assert not ex.claims
    assert [n.why for n in ex.not_claims] == ["rank"]


def test_over_the_places_an_amount_is_spread_over_is_exact(nlp):
    text = "The ministry said its air defences destroyed 44 Ukrainian drones over seven Russian regions."
    claim = next(c for c in _claims(nlp, text).claims if c.value == 7)
    assert claim.approx.value == "exact"


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit over 20 districts, officials said.",
        "The storm damaged 400 homes in over 12 districts.",
    ],
)
def test_over_places_with_no_amount_spread_is_a_lower_bound(nlp, text):
    claim = next(c for c in _claims(nlp, text).claims if c.text.startswith("over"))
    assert claim.approx.value == "lower_bound"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "The hospital was treating 88 people for wounds, about a quarter of them younger than 16.",
            "16",
        ),
        ("At least two people who were under 17 at the time of their crimes were hanged.", "17"),
    ],
)
def test_age_bracket_of_a_part_or_relative_clause_is_no_claim(nlp, text, age):
    ex = _claims(nlp, text)
    assert age not in [c.text.split()[-1] for c in ex.claims]
    assert any(n.text == age and n.why == "age" for n in ex.not_claims)


def test_bracket_word_before_a_counted_noun_stays_a_claim(nlp):
    # near miss: "over 10 years" counts years
    ex = _claims(nlp, "He bought 40 bonds, half of them over 10 years.")
    assert any(c.text == "over 10 years" for c in ex.claims)


def test_currency_of_wire_copy_is_money_named_by_its_purpose(nlp):
    text = "The government had allocated 1.8 billion gourdes (about $13 million) for emergency aid."
    claims = _claims(nlp, text).claims
    assert [c.text for c in claims] == ["1.8 billion gourdes", "about $13 million"]
    assert all("aid" in c.subject for c in claims)


def test_conversion_of_a_figure_glued_to_its_scale_measures_what_it_converts(nlp):
    claims = _claims(nlp, "They are demanding 400bn naira ($260m) in compensation.").claims
    assert [c.subject for c in claims] == ["compensation", "compensation"]
