"""The "up to" of a verb of moving up ("the rate edged up to 8.1%") names the level reached: the
figure is bare and exact. A cap ("can be fined up to $500") stays an upper bound (session 74,
rcav74; mentions/risen_up_to.py). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("For workers aged 20 to 24, the rate edged up to 8.1%, the agency said.", "8.1%"),
        ("The asking price was jacked up to $3 million last spring.", "$3 million"),
        ('"Working our way up to $16 an hour will help me," she said.', "$16"),
        ("Inflation ticked up to 4.4% in May.", "4.4%"),
    ],
)
def test_level_reached_after_a_verb_of_moving_up_is_exact(nlp, text, figure):
    texts = {c.text: c for c in claims_of(nlp, text)}
    assert figure in texts
    assert texts[figure].approx == "exact"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Firms can be fined up to $500 a day.", "up to $500"),
        ("Some drivers waited up to two days for fuel.", "up to two days"),
        ("Nurses worked up to 60 hours a week during the outbreak.", "up to 60 hours"),
    ],
)
def test_cap_after_up_to_stays_an_upper_bound(nlp, text, figure):
    texts = {c.text: c for c in claims_of(nlp, text)}
    assert figure in texts
    assert texts[figure].approx == "upper_bound"
