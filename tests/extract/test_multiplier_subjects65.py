"""wspan65 (session 65): a present or modal multiplier verb whose subject grows ("losses could
double once the rains stop") is a multiple, as "the toll tripled" is; "halve" with its object
divides by two. Invented texts.

Gold README "Multipliers"; tests/wireg gold ("could double" = 2), tests/wiree gold ("halve
rations" = 0.5).
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
        ("The ministry said the losses could double once the rains stop.", "double", 2),
        ("Analysts warn that prices may triple by spring.", "triple", 3),
        ("The agency said it would have to halve food rations for 200,000 people.", "halve", 0.5),
    ],
)
def test_multiplier_of_its_subject_or_halving_is_a_claim(nlp, text, span, value):
    assert _values(nlp, text).get(span) == value


@pytest.mark.parametrize(
    "text",
    [
        "The guards double as drivers in the camp.",
        "The two parties could double up on the ballot.",
    ],
)
def test_multiplier_verb_with_a_particle_is_no_claim(nlp, text):
    assert not any(s in ("double", "triple") for s in _values(nlp, text))
