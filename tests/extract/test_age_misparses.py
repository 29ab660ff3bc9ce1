"""An age standing for a person where the parse hangs it on something else (age_objects.py,
session 53): on the time after it ("killed a 19-year-old Saturday": "Saturday" the object), on
the verb ("A 19-year-old died of ...": "old" the verb's modifier), and the object of "grazed".
Invented sentences; gold README "Implied counts" (the age alone is the span, realgold19,
realgold20)."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunfire killed a 19-year-old Saturday.", ("a 19-year-old", "killed", 1)),
        ("A shooting injured a 19-year-old early Sunday.", ("a 19-year-old", "injured", 1)),
        ("Officers shot a 19-year-old Sunday.", ("a 19-year-old", "shot", 1)),
        ("A bullet grazed a 19-year-old.", ("a 19-year-old", "shot", 1)),
        ("A 19-year-old died of multiple gunshot wounds.", ("A 19-year-old", "killed", 1)),
    ],
)
def test_an_age_the_parse_hangs_elsewhere_is_the_person(nlp, text, count):
    counts = _counts(nlp, text)
    assert any(count[0].endswith(t) or t.endswith(count[0][2:]) for t, *_ in counts), counts
    assert any(m == count[1] and v == 1 for _, m, v in counts)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a 19-year-old Saturday.",
        "The storm grazed the coast Sunday.",
        "She attended the 3-year-old Sunday school class.",
    ],
)
def test_an_age_of_a_thing_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "EMS transported a 19-year-old to the hospital in critical condition.",
            ("a 19-year-old", "injured", 1),
        ),
        ("A 19-year-old took his own life.", ("A 19-year-old", "killed", 1)),
    ],
)
def test_an_age_with_its_place_of_care_or_its_unit_read_as_a_compound(nlp, text, count):
    # "to the hospital" hung on the age (care_places.to_hospital); "year" a compound of "old"
    # (person_shapes.is_age_word)
    assert count in _counts(nlp, text)


def test_a_thing_carried_to_a_hospital_counts_no_one(nlp):
    assert _counts(nlp, "Volunteers took the donations to the hospital on Monday.") == []
