"""wspan65 (session 65): "three out of every four" and "three of those eight towns" are one
share each, as "nine out of 10" and "12 of the 19" are. Invented texts.

Gold README "Shares"; tests/wiree gold ("two out of every three adults" = 0.667), tests/wiref
gold ("two of those seven cities" = 0.286).
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.pipeline import parse_text


def _values(nlp, text: str) -> dict[str, float]:
    ex = extract_claims(parse_text(nlp, text), doc_name="t", text=text)
    return {c.text: c.value for c in ex.claims}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "If the survey is right, three out of every four adults should act.",
            "three out of every four",
            0.75,
        ),
        ("One in every five children is underweight, the agency said.", "One in every five", 0.2),
        (
            "The count shows the party first in only three of those eight towns.",
            "three of those eight",
            0.375,
        ),
    ],
)
def test_share_whole_after_every_or_a_demonstrative(nlp, text, span, value):
    assert _values(nlp, text).get(span) == value


def test_part_of_a_pronoun_whole_stays_a_count(nlp):
    assert _values(nlp, "Four of these were later freed.").get("Four") == 4
