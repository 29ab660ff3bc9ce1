"""claims56 (session 56): a negated "one" before its noun means "no" and is no claim; "only
one" and a negated casualty count stay claims. Invented texts.

Gold README: idioms are not claims; the tuning golds write every negated "one" or "a single"
as a not-claim ("negative quantifier, not a count").
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _figures(nlp, text: str) -> list[str]:
    return [c.text for c in claims_of(nlp, text) if not c.implied]


@pytest.mark.parametrize(
    "text",
    [
        '"I don\'t know one farmer who wants the new tax," the mayor said.',
        '"There wasn\'t one issue that kept me in the race," she said.',
        "He has never met one voter who liked the plan.",
    ],
)
def test_negated_one_is_not_a_claim(nlp, text):
    assert "one" not in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Only one council member voted against the budget.", "one"),
        ("The council approved one budget and two loans.", "one"),
    ],
)
def test_one_that_counts_stays_a_claim(nlp, text, figure):
    assert figure in _figures(nlp, text)
