"""A "who" clause the parse hangs on a thing stands for the person right before "who"
(relative_people.py): "who" never stands for a thing. Invented sentences; gold README
"Implied counts"."""

from __future__ import annotations

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, int]]:
    return [(c.text, c.value) for c in find_implied_counts(nlp(text))]


def test_an_age_before_who_is_the_person_shot(nlp):
    text = (
        "Taken to the hospital were a 30-year-old man shot in the leg, a 25-year-old shot in "
        "the arm and a 40-year-old who was shot in the back."
    )
    assert ("a 40-year-old", 1) in _counts(nlp, text)


def test_a_thing_before_who_is_not_counted(nlp):
    text = "Police searched the car of a man who was shot in the leg."
    assert all("car" not in t for t, _ in _counts(nlp, text))
