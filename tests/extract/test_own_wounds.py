"""Two people a casualty verb acts on, each with its own wound, are counted one by one even
where the parse joins the second to the first (own_wounds.py). Invented sentences; gold README
"Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, int]]:
    return [(c.text, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The gunfire hit a woman in the arm and a man in the chest.", "a woman", "a man"),
        (
            "The bullet struck the girl in the face and her mother in the back.",
            "the girl",
            "her mother",
        ),
    ],
)
def test_each_person_with_its_own_wound_is_a_count_of_one(nlp, text, first, second):
    counts = _counts(nlp, text)
    assert (first, 1) in counts
    assert (second, 1) in counts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # one wound for both: the pair is one count of 2
        ("The gunman shot a woman and her son in the driveway.", ("a woman and her son", 2)),
        (
            "Police say the man shot his girlfriend and her mother.",
            ("his girlfriend and her mother", 2),
        ),
    ],
)
def test_a_pair_with_one_wound_stays_one_count(nlp, text, pair):
    assert pair in _counts(nlp, text)


def test_a_second_person_hung_on_the_verb_keeps_its_own_count(nlp):
    text = "The gun went off, shooting him in the foot and the 16-year-old in the hand."
    assert ("the 16-year-old", 1) in _counts(nlp, text)
