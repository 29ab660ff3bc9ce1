"""Two figures of different measures joined by "to", one of them a rate, are a change and a
level, not a range: "raised the fee by 4% to 300 dollars" (session 74, rmiss74;
mentions/measure_switches.py). Ranges of one measure stay ranges. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    ("text", "change", "level"),
    [
        ("The city raised the parking fee by 4% to 300 dollars a year.", "4%", "300 dollars"),
        (
            "Ticket sales slipped 2.5 percent to $48.2 million last quarter.",
            "2.5 percent",
            "$48.2 million",
        ),
        (
            "The bank lifted its key rate by 3 percentage points to 18.5%.",
            "3 percentage points",
            "18.5%",
        ),
        ("The council will raise the monthly stipend by 12% to 9,400 pesos.", "12%", "9,400 pesos"),
    ],
)
def test_rate_to_another_measure_is_a_change_and_a_level(nlp, text, change, level):
    texts = {c.text: c for c in claims_of(nlp, text)}
    assert change in texts and level in texts
    assert texts[change].approx == "exact"
    assert texts[level].approx == "exact"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Prices could climb 5% to 8% next year, analysts said.", "5% to 8%"),
        (
            "The repairs will cost $2 million to $3 million, the mayor said.",
            "$2 million to $3 million",
        ),
        ("Turnout is expected to be 40 to 45 percent.", "40 to 45 percent"),
    ],
)
def test_range_of_one_measure_stays_a_range(nlp, text, figure):
    texts = {c.text: c for c in claims_of(nlp, text)}
    assert figure in texts
    assert texts[figure].approx == "range"
