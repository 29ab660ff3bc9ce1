"""Implied counts added in session 23 (branch implied26): invented sentences parallel to the
tuning sets' golds (gold README "Implied counts")."""

from __future__ import annotations

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


def test_a_person_listed_after_a_named_person_is_counted_with_them(nlp):
    text = (
        "Investigators said the woman killed her son, Kyle, and her father, Dan Pratt, "
        "and then tried to kill herself."
    )
    assert ("her son, Kyle, and her father", "killed", 2) in _counts(nlp, text)


def test_people_listed_with_names_and_found_dead_are_counted_together(nlp):
    text = "Troopers said there was a man, Tom Hale, and his daughter, Amy, found dead in the barn."
    assert ("a man, Tom Hale, and his daughter", "killed", 2) in _counts(nlp, text)


def test_deceased_after_its_person_or_in_a_relative_clause_says_dead(nlp):
    found = _counts(nlp, "Officers later found the mother, Ann Cole, who was deceased.")
    assert ("the mother", "killed", 1) in found
    found = _counts(nlp, 'We discovered an elderly male, deceased inside the garage," he said.')
    assert ("an elderly male", "killed", 1) in found


def test_found_deceased_is_found_dead(nlp):
    found = _counts(nlp, "A neighbor said a woman was found deceased in the kitchen on Friday.")
    assert found == [("a woman", "killed", 1)]
