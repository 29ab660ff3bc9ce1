"""fp4 (session 46): an age set off after a person is an age, not a claim, also when a quote
opens the next sentence ('said Ana Ruiz, 24. ''This ...') and after "one of them only"
("three friends, one of them only 14,"). Invented texts.

Gold README: ages used as descriptors are not claims (realgold31, realgold14 golds: age).
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("''Our club has a special kind of bond,'' said Ana Ruiz, 24. ''This is a family.''", "24"),
        ("He was talking with three friends, one of them only 14, the sheriff said.", "14"),
        ("Two teens, one of them just 15, were arrested.", "15"),
    ],
)
def test_age_set_off_after_people_is_not_a_claim(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Three men were shot, one of them 3 times, police said.", "3 times"),
        ('"I was 24." She laughed.', "24"),
        ("He was talking with three friends, one of them only 14, the sheriff said.", "three"),
    ],
)
def test_figures_beside_set_off_ages_stay_claims(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
