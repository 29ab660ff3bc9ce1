"""Who "him" or "her" stands for after a participle of harm that follows a shot (session 45,
branch gva3, participle_targets.py): the person the main clause shot or fired at, never who
fired. Invented sentences; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from factcheck.extract.implied.named_victims import is_one_person, is_person_of_either_number


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            # the parse makes "the gunman" the subject of "wounding", not the shooter
            "Another guest at the bar then in turn shot the gunman wounding him.",
            ("the gunman", "injured", 1),
        ),
        (
            "Witnesses said a bystander shot back at the suspect, injuring him.",
            ("the suspect", "injured", 1),
        ),
        (
            "Prosecutors say Dale Pruitt pointed a pistol at Owen Marsh and fired the gun, "
            "killing him.",
            ("Owen Marsh", "killed", 1),
        ),
        ("A robber fired at the clerk, wounding her.", ("the clerk", "injured", 1)),
        ("Ann Vale shot at her husband, injuring him.", ("her husband", "injured", 1)),
    ],
)
def test_the_participles_pronoun_is_whom_the_main_clause_shot_at(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # no person shot at: no one counted for the pronoun
        ("A deputy fired at the truck, missing him.", []),
        # "when someone shot her": the person named before, as before (object_antecedents.py)
        (
            "A woman was sitting on her porch when someone shot her.",
            [("A woman", "shot", 1)],
        ),
    ],
)
def test_no_aimed_person_keeps_the_earlier_reading(nlp, text, counts):
    assert _counts(nlp, text) == counts


@pytest.mark.parametrize(("word", "plural"), [("suspect", False), ("suspects", True)])
def test_participles_person_may_be_plural_pronouns_antecedent_is_singular(nlp, word, plural):
    doc = nlp(f"A deputy shot at the {word}, injuring him.")
    person = next(t for t in doc if t.text == word)
    assert is_person_of_either_number(person, set())
    assert is_one_person(person, set()) is not plural
