"""An object pronoun of a casualty whose person is named in the sentence before ("Officers
found a man in the street. Medics pronounced him dead", "Police found a teenager near the park.
Someone had shot him twice") is counted where the person is named, as a subject pronoun's is
(implied/parsed_counts.py, previous_antecedents.py; impl58). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import implied_counts

_HEADLINE = "Shots fired on Elm Street\n\n"


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return implied_counts(nlp, _HEADLINE + text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Officers found a man in the street. Medics pronounced him dead at the scene.",
            ("a man", "killed", 1),
        ),
        (
            "Police found a teenager near the park. Someone had shot him twice in the back.",
            ("a teenager", "shot", 1),
        ),
        (
            "Deputies found a woman behind the store. Someone had shot her in the arm.",
            ("a woman", "shot", 1),
        ),
    ],
)
def test_an_object_pronouns_person_in_the_sentence_before_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a man Tuesday. A judge sentenced him to ten years.",
        "Officers found a man in the street. Medics helped him to his feet.",
    ],
)
def test_an_object_pronoun_of_no_casualty_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
