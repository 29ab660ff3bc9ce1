"""A list of people ending in "one of their sons" counts that one with the rest
(implied_people.count_people). Invented sentences; gold README "Implied counts"."""

from __future__ import annotations

from factcheck.extract.implied.implied import find_implied_counts


def _values(nlp, text: str) -> list[int]:
    return [c.value for c in find_implied_counts(nlp(text))]


def test_one_of_a_group_listed_after_people_is_one_more(nlp):
    text = "A mother, a father and one of their young sons were all shot during the fight."
    assert _values(nlp, text) == [3]


def test_one_of_a_group_alone_is_no_implied_count(nlp):
    # the number itself is the claim
    assert _values(nlp, "One of their young sons was shot during the fight.") == []
