"""Money given with no recipient as the verb's object is a donation (money_subjects.money_verb)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, verb",
    [
        ("In 2009, the Alvarez family's foundation gave $40,000.", "$40,000", "gave"),
        ("She has given away only $1.3 million through the trust.", "$1.3 million", "given"),
        ("Most of the money came from donors giving $250 or less.", "$250", "giving"),
    ],
)
def test_money_given_away_is_a_donation_with_its_verb(
    nlp, text: str, figure: str, verb: str
) -> None:
    subject = subject_of(nlp, text, figure).split()
    assert subject[0] == "donation"
    assert verb in subject
