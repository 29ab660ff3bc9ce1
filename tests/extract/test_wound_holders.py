"""A coordination found "with gunshot wounds" is counted whole (session 45, branch gva3,
coordinated_victims.listed_wound_holder): the parse hangs "with" on the last person only, and
the first was lost. Invented sentences; gold README "Implied counts", docs/gold-conventions.md
(vocab38: "found a man and a woman dead" counts every person of the object)."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Troopers found a man and a 4-year-old child with gunshot wounds.",
            ("a man and a 4-year-old child", "injured", 2),
        ),
        (
            "Officers found a woman and a boy with gunshot wounds.",
            ("a woman and a boy", "injured", 2),
        ),
        (
            "Police found a man, a woman and a teen with gunshot wounds.",
            ("a man, a woman and a teen", "injured", 3),
        ),
        (
            "Deputies found Rita Moss and a neighbor with gunshot wounds.",
            ("Rita Moss and a neighbor", "injured", 2),
        ),
    ],
)
def test_a_found_coordination_with_gunshot_wounds_is_counted_whole(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # the first person has a state of its own
        (
            "Officers found a man dead and a woman with a gunshot wound.",
            [("a man", "killed", 1), ("a woman", "injured", 1)],
        ),
        (
            "Officers found a man with a gun and a woman with a gunshot wound.",
            [("a woman", "injured", 1)],
        ),
        # no person before the wounded one
        ("Officers found a car and a woman with a gunshot wound.", [("a woman", "injured", 1)]),
    ],
)
def test_a_person_with_a_state_of_its_own_is_not_joined(nlp, text, counts):
    assert _counts(nlp, text) == counts
