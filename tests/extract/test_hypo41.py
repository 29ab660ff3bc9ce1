"""hypo (session 41): figures of an invented case, set phrases and an emphatic "100 percent"
are no claims; conditionals, forecasts and known figures inside a case stay claims. Invented
texts.

Gold README: idioms are not claims, and a figure is a claim when it asserts something
checkable; the tuning golds mark "Imagine driving a car with three wheels", the figures of a
"suppose that ..." case, "the $64,000 question" and "I am 100% convinced" as not-claims, and
keep "he would need to win 57 percent ... if" and "crossed the 1,237 threshold" as claims.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _figures(nlp, text: str) -> list[str]:
    """The claim texts of ``text``, implied counts left out (the scorer leaves them out)."""
    return [c.text for c in claims_of(nlp, text) if not c.implied]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("“That's the $64,000 question,” the chairman said.", "$64,000"),
        ("Whether voters show up is the 64,000-dollar question.", "64,000"),
        ("It was a potent one-two punch from the two governors.", "one-two"),
        ("Many voters see the nominee as the lesser of two evils.", "two"),
        ("The mayor offered her two cents on the budget fight.", "two"),
        ("The union and the company are two sides of the same coin.", "two"),
        ("The chart is worth a thousand words, the analyst said.", "a thousand"),
    ],
)
def test_number_in_a_set_phrase_is_an_idiom(nlp, text, figure):
    assert not any(figure in f for f in _figures(nlp, text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The county paid $64,000 for the new voting machines.", "$64,000"),
        ("The tax rose two cents a gallon in March.", "two cents"),
        ("The governor won two counties on Tuesday.", "two"),
    ],
)
def test_the_same_numbers_outside_a_set_phrase_stay_claims(nlp, text, figure):
    assert figure in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("“I am 100% convinced that you cannot win as an independent,” she said.", "100%"),
        ("The coach said he was 100 percent positive the kick was good.", "100 percent"),
        ("“With 100 percent certainty, I will predict the winner,” he said.", "100 percent"),
        ("No one can say with 100 percent confidence who will win.", "100 percent"),
    ],
)
def test_hundred_percent_of_conviction_is_an_idiom(nlp, text, figure):
    assert figure not in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("With 100 percent of precincts reporting, the mayor led.", "100 percent"),
        ("The council approved a 100 percent tariff on the imports.", "100 percent"),
        ("Enrollment rose 100 percent in two years.", "100 percent"),
    ],
)
def test_hundred_percent_of_a_thing_stays_a_claim(nlp, text, figure):
    assert figure in _figures(nlp, text)
