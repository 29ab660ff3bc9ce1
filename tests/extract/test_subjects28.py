"""Subjects of session 24's subjects28 branch, on invented sentences parallel to real cases."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


def _subject(nlp, text: str, figure: str) -> str:
    claims = extract_claims(nlp(text), doc_name="t.txt").claims
    return next(c.subject for c in claims if c.text == figure)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Dana Reed, a nurse, said she makes $52,000 a year.", "$52,000"),
        ("The rule covers clerks making less than $39,000 per year.", "less than $39,000"),
        ("For arranging the merger, the bank will make $12.5 million.", "$12.5 million"),
    ],
)
def test_money_someone_makes_is_income(nlp, text, figure):
    assert _subject(nlp, text, figure).split()[0] == "income"
