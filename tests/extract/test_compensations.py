"""wsubj67 (session 67): money in a sentence that calls it compensation (or reparations) is
named by that word, whatever verb pays it (wiref, wiren, corpus golds: 14 of 14)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _subjects(nlp, text: str) -> dict[str, str]:
    return {c.text: c.subject for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "The province said the family of each miner killed would receive 700,000 rupees in "
            "compensation and each of the injured 150,000 rupees.",
            "150,000 rupees",
        ),
        (
            "The lender agreed to set aside up to HK$2.3 billion to compensate affected clients.",
            "up to HK$2.3 billion",
        ),
        (
            "The court ordered the former commander to pay 3 million euros in reparations to "
            "the villagers.",
            "3 million euros",
        ),
    ],
)
def test_money_called_compensation_is_named_so(nlp, text, figure):
    subject = _subjects(nlp, text)[figure].split()
    assert "compensation" in subject or "reparations" in subject


def test_money_with_no_compensation_word_keeps_its_subject(nlp):
    text = "The airline paid its chief executive $4 million last year."
    assert "compensation" not in _subjects(nlp, text)["$4 million"]
