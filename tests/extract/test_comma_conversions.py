"""A sum given again in another currency after a comma measures what the first sum measures
("earn 185 pesos a day, or $10.60"; gold README: currency conversions; session 63 subj63,
comma_conversions.py). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _subjects(nlp, text: str) -> dict[str, str]:
    return {claim.text: claim.subject for claim in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "first", "converted"),
    [
        (
            "Seasonal pickers in the valley earn 185 pesos a day, or $10.60.",
            "185 pesos",
            "$10.60",
        ),
        ("Foremen make 400 pesos for a day's labor, or $22.", "400 pesos", "$22"),
        (
            "The ministry plans to spend up to 90 billion euros, about $101 billion, on new "
            "barracks by 2031.",
            "up to 90 billion euros",
            "about $101 billion",
        ),
    ],
)
def test_comma_set_conversion_measures_what_the_first_sum_measures(nlp, text, first, converted):
    subjects = _subjects(nlp, text)
    assert subjects[first]
    assert subjects[converted] == subjects[first]


def test_same_currency_after_a_comma_keeps_its_own_subject(nlp):
    # two dollar sums: the second is no conversion and names its own thing
    subjects = _subjects(nlp, "The city paid $5 million for the land, or $2 million for the roads.")
    assert subjects["$2 million"] != subjects["$5 million"]
