"""The person with a wound where the parse hangs it elsewhere (session 53): "with a gunshot
wound" hung on a place ("found a 17-year-old inside the apartment with ...", placed_holders.py),
"located" as "found", and "suffering from" a wound with the participle misread
(suffering_misparses.py). Each is 1 injured (gold README "Implied counts"). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Officers found a 17-year-old inside the apartment with a gunshot wound to the leg.",
            ("a 17-year-old", "injured", 1),
        ),
        ("A man was found in a parked car with gunshot wounds.", ("A man", "injured", 1)),
        (
            "Officers located a 20-year-old near the park with a gunshot wound.",
            ("a 20-year-old", "injured", 1),
        ),
    ],
)
def test_a_wound_hung_on_the_place_is_the_persons(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A man showed up at the hospital suffering from a gunshot wound.", "A man"),
        ("Officers found Ann Carter lying in the street suffering from gunshot wounds.", "Carter"),
        ("Officers located an adult male suffering from a gunshot wound.", "male"),
        ("Deputies found a female suffering from stab wounds.", "female"),
        ("Officers located a man suffering from a gunshot wound.", "a man"),
    ],
)
def test_who_suffers_from_a_wound_is_injured_however_the_parse_reads_it(nlp, text, person):
    counts = _counts(nlp, text)
    assert any(person in t and m == "injured" and v == 1 for t, m, v in counts)


@pytest.mark.parametrize(
    "text",
    [
        "Police found a man in the street with a gun.",
        "Officers found a car in the lot with bullet holes.",
        "Officers located a man suffering from depression.",
        "A man showed up at the hospital suffering from chest pains.",
        "The city is suffering from a budget shortfall.",
        "The suffering of the families is immense.",
    ],
)
def test_no_wound_or_no_person_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
