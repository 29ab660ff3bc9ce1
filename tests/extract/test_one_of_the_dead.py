"""'One of those patients died': one of any people who can be a casualty, dead, is a count
(branch miss53, session 53). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "Four people were hurt in the crash. One of those patients died on Sunday.",
        "Guards found three men bleeding. One of the inmates died at the prison clinic.",
    ],
)
def test_one_of_any_casualty_noun_who_died_is_a_count(nlp, text):
    assert "One" in mention_texts(nlp, text)
