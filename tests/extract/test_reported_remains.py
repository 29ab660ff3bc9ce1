"""An age the parse reads with "remains" as its noun ("A 19-year-old remains in critical
condition") is 1 injured also where the clause is a report's ("..., police said", "Police said
a 19-year-old remains ..."): the parse makes "remains" the report's clausal complement
(implied/hurt_states.py ``find_aged_remains``, impl55). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A 19-year-old remains in critical condition after a shooting on Ash Road, "
            "deputies said.",
            ("A 19-year-old", "injured", 1),
        ),
        (
            "Deputies said a 19-year-old remains in critical condition after the shooting.",
            ("a 19-year-old", "injured", 1),
        ),
        (
            "Officials said Monday that a 4-year-old remains in the hospital.",
            ("a 4-year-old", "injured", 1),
        ),
    ],
)
def test_an_age_that_remains_in_care_in_a_report_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


def test_remains_found_in_a_report_count_no_one(nlp):
    text = "Deputies said a 2-year-old remains of the barn were found."
    assert _counts(nlp, text) == []
