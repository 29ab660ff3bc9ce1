"""wsubj67 (session 67): the signs of international wire copy's currencies glued to the digits
("GH¢14.2bn", "₦1,450") and the naira's letter before a number grouped in thousands ("N2,240")
are money figures (tests/wiren, wireo golds); a letter before a short number is a name."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions.quantities import parse_figure
from tests.conftest import claims_of


@pytest.mark.parametrize(
    "figure, value, unit",
    [
        ("GH¢9.6bn", 9_600_000_000, "GHS"),
        ("₦3,250", 3250, "NGN"),
        ("N48,500", 48_500, "NGN"),
        ("N1,975.25", 1975.25, "NGN"),
        ("₱12,000", 12_000, "PHP"),
    ],
)
def test_a_glued_currency_sign_gives_the_currency(figure, value, unit):
    quantity = parse_figure(figure)
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit


def test_a_naira_figure_is_a_claim(nlp):
    text = "A sack of maize now sells for N72,000 in Kano, up from N41,000 in March, traders say."
    assert [c.text for c in claims_of(nlp, text)] == ["N72,000", "N41,000"]


@pytest.mark.parametrize(
    "text",
    [
        "Clinics ran short of N95 masks in the capital, a nurse said.",
        "The N1 highway was closed near the border on Monday.",
    ],
)
def test_a_letter_before_a_short_number_is_no_money(nlp, text):
    assert not any(c.unit == "NGN" for c in claims_of(nlp, text))
