"""A list of three people the parse splits into several subjects ("A teenager, his mother and a
neighbor were killed", "A man, a woman and a child were taken to the hospital") is one count
of all of them, spanning the list (implied/misparsed_people.py ``listed_before`` and
``listed_after``, impl58); the parse counted only the last two or the first one. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.conftest import implied_counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A teenager, his mother and a neighbor were killed.",
            ("A teenager, his mother and a neighbor", "killed", 3),
        ),
        (
            "The driver, a passenger and a bystander were injured.",
            ("The driver, a passenger and a bystander", "injured", 3),
        ),
        (
            "A man, a woman and a child were taken to the hospital.",
            ("A man, a woman and a child", "injured", 3),
        ),
        (
            "A security guard, a cook and a customer were among those wounded.",
            ("A security guard, a cook and a customer", "injured", 3),
        ),
    ],
)
def test_a_split_list_of_three_people_is_one_count(nlp, text, count):
    assert count in implied_counts(nlp, text)


def test_a_list_after_a_place_is_not_extended(nlp):
    assert ("a man and a woman", "shot", 2) in implied_counts(
        nlp, "In Dayton, a man and a woman were shot."
    )
