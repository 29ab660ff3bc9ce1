"""Sums in the currencies of international wire copy are named by what the money is (stolen,
set aside, a fine), not by the currency; a count's "of" object keeps the participle that says
what was counted (gold README, "subject"; session 64, tests/wirea and wireb). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _claims(nlp, text: str) -> dict[str, object]:
    return {claim.text: claim for claim in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        (
            "A former mayor and two aides stole at least 3.4 billion shillings meant for "
            "clinics, prosecutors said Monday.",
            "at least 3.4 billion shillings",
            "stole",
        ),
        (
            "The agency obtained orders freezing assets worth an estimated 900 million naira.",
            "an estimated 900 million naira",
            "assets",
        ),
        ("He faces a fine of up to 2 million shillings.", "up to 2 million shillings", "fine"),
    ],
)
def test_a_sum_in_a_wire_currency_is_named_by_the_money_not_the_currency(nlp, text, figure, word):
    claim = _claims(nlp, text)[figure]
    assert word in claim.subject.split()
    assert "shillings" not in claim.subject and "naira" not in claim.subject


def test_a_currency_after_its_country_is_the_unit_of_the_sum(nlp):
    claims = _claims(
        nlp, "Each family would receive 300,000 Iraqi dinars (about $230), the official said."
    )
    assert "300,000 Iraqi dinars" in claims
    assert "dinars" not in claims["300,000 Iraqi dinars"].subject


def test_a_count_before_a_nationality_keeps_its_noun(nlp):
    # near miss: "Kenyan families" are counted, no currency follows the nationality
    claims = _claims(nlp, "Each of the 300 Kenyan families got a tent.")
    assert "300" in claims
    assert "families" in claims["300"].subject


def test_a_currency_word_the_tagger_reads_as_an_adjective_is_still_the_unit(nlp):
    claims = _claims(
        nlp,
        "The government has set aside 250 million kwacha (about $9 million) for the "
        "response, the ministry said.",
    )
    assert "response" in claims["250 million kwacha"].subject


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        (
            "He said smugglers had charged passengers 3,000 dinars each for a seat on the boat.",
            "3,000 dinars",
            "charge",
        ),
        (
            "The court fined the company $2 million for the spill.",
            "$2 million",
            "fine",
        ),
    ],
)
def test_a_fine_or_charge_is_named_by_its_verb_not_its_reason(nlp, text, figure, word):
    assert word in _claims(nlp, text)[figure].subject.split()


def test_money_paid_for_a_thing_is_still_named_by_the_thing(nlp):
    # near miss: "pay ... for" is no fine or charge; the thing paid for names the money
    claims = _claims(nlp, "The council paid out $2.7 billion for 52 bridge contracts.")
    assert "bridge contracts" in claims["$2.7 billion"].subject


def test_the_participle_after_a_counts_of_object_names_what_was_counted(nlp):
    claims = _claims(
        nlp,
        "The number of people killed in the overnight strikes on Odesa has risen to nine, "
        "the governor says.",
    )
    assert "killed" in claims["nine"].subject.split()


def test_a_counts_of_object_without_a_participle_is_unchanged(nlp):
    claims = _claims(nlp, "The number of people in the shelter rose to 300.")
    assert claims["300"].subject == "people"
