"""Ages after "ages of" describe a group (branch fpdet, session 43). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The survey reached 1,500 adults between the ages of 18 and 29 last month.", "29"),
        ("She leads among voters between the ages of 30 and 44, the poll found.", "44"),
        ("Renters between the ages of 25 and 34 moved most often, the study says.", "25"),
        ("Only residents over the ages of 65 may apply, the city said.", "65"),
        ("The club admits players between the ages of twelve and sixteen.", "sixteen"),
    ],
)
def test_a_number_after_ages_of_is_an_age(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)
    assert figure not in mention_texts(nlp, text)
