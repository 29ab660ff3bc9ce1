"""People said by "be" to be the victims are counted (session 45, branch gva3,
copular_victims.py): two or more people on the other side of "were" from a plural "victims".
Invented sentences; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The victims were a man and a woman.", ("a man and a woman", "shot", 2)),
        (
            "Police say Rosa and her cousin, 11-year-old Dion Hale, were innocent victims.",
            ("Rosa and her cousin", "shot", 2),
        ),
        # the victims' own modifier gives the measure
        (
            "The other homicide victims were her uncle and her grandmother.",
            ("her uncle and her grandmother", "killed", 2),
        ),
        # a fact box's bare nouns
        ("Neighbors say victims were father and son of owner", ("father and son", "shot", 2)),
    ],
)
def test_people_the_victims_were_are_counted(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "The victims were teenagers.",
        "The victims were 19 and 22.",
        "The victims were not his wife and son.",
        "All of the victims were intoxicated.",
        # one person: a re-mention of one counted already
        "The victim was a 45-year-old man.",
    ],
)
def test_no_list_of_people_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


def test_the_count_is_named_by_its_victims(nlp):
    (count,) = find_implied_counts(nlp("The victims were a man and a woman."))
    assert count.noun == "victims"
