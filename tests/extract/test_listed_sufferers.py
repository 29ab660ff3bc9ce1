"""A coordination found "suffering from gunshot wounds" is walked as one found "with gunshot
wounds" is (coordinated_victims._found_first; review of session 45): through a middle person
the parse hangs on the first, from a name first, and not past a person with a state of its own.
Invented sentences; gold README "Implied counts", docs/gold-conventions.md (vocab38)."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Officers found a man, a woman and a boy suffering from gunshot wounds.",
            ("a man, a woman and a boy", "injured", 3),
        ),
        (
            "Deputies found Rita Moss and a neighbor suffering from gunshot wounds.",
            ("Rita Moss and a neighbor", "injured", 2),
        ),
    ],
)
def test_a_found_coordination_suffering_is_counted_whole(nlp, text, count):
    assert _counts(nlp, text) == [count]


def test_a_person_with_a_state_of_its_own_does_not_share_the_suffering(nlp):
    text = "Officers found a man with a gun and a woman suffering from a gunshot wound."
    assert ("a man with a gun and a woman", "injured", 2) not in _counts(nlp, text)
