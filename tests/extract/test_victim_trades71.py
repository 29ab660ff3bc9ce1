"""People named by a trade or errand the person lexicon lacked (session 71, branch rimpl71): "a
pilgrim was injured", "a vaccinator was wounded", "a radio commentator was shot dead" are 1 each,
as "a welder" or "a reporter" already are (lexicon/person_nouns.py). Invented sentences; gold
README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A pilgrim from the coast was also injured in the crush.", ("A pilgrim", "injured", 1)),
        (
            "A vaccinator was wounded in a separate attack on Saturday, police said.",
            ("A vaccinator", "injured", 1),
        ),
        (
            "A local radio commentator who backed the mayor was shot dead outside his studio.",
            ("A local radio commentator", "killed", 1),
        ),
        ("An interpreter was stabbed in the neck near the base.", ("An interpreter", "injured", 1)),
        ("The blast killed a cleric and wounded a translator.", ("a cleric", "killed", 1)),
        ("The blast killed a cleric and wounded a translator.", ("a translator", "injured", 1)),
        ("A broadcaster was shot and wounded in the capital.", ("A broadcaster", "injured", 1)),
    ],
)
def test_people_by_trade_are_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The pilgrim season opened with record crowds.",
        "A commentator said the plan was dead on arrival.",
        "The commentator killed the rumour in a short post.",
    ],
)
def test_trades_without_harm_count_no_one(nlp, text):
    assert _counts(nlp, text) == []
