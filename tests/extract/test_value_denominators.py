"""wsubj69 (session 69): a rate of a thing's value prices the clause's thing ("premiums have
climbed to about 0.9% of a vessel's value, from 0.1%" -> premiums), as a percentage of GDP
measures the debt. Invented texts.

Gold README "subject"; tests/wirep, tests/wire2c, tests/wire2e golds (premiums).
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.pipeline import parse_text


def _subject(nlp, text: str, span: str) -> str:
    ex = extract_claims(parse_text(nlp, text), doc_name="t", text=text)
    return next(c.subject for c in ex.claims if c.text == span)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Insurance premiums for Baltic voyages have climbed to about 0.9% of a vessel's value,"
            " from 0.1% before the attacks began, two brokers said.",
            ("about 0.9%", "0.1%"),
        ),
        (
            "War-risk premiums for voyages through the strait have risen to about 1.1% of a tanker's"
            " hull value, from roughly 0.3% in March.",
            ("about 1.1%", "roughly 0.3%"),
        ),
    ],
)
def test_rate_of_a_value_measures_the_clause_thing(nlp, text, spans):
    for span in spans:
        assert "premiums" in _subject(nlp, text, span).split()


def test_share_of_value_lost_keeps_the_value(nlp):
    # near miss: the figure is what the shares lost, no level a verb moves them to
    text = "The bank's shares lost 30% of their value in two days."
    assert "value" in _subject(nlp, text, "30%").split()
