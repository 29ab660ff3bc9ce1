"""rsrc70 (session 70): "on the scene" after a source's noun says where the source is, as "at
the scene" does, and stays in the source text: "Officer on the scene says ..." -> "Officer on
the scene" (realgold3 gold; "police at the scene" in realgold12 and tests/wirel). "on" before
a date or a medium is no part of the source. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


def claim_of(nlp, text, figure):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c for c in claims if figure in c.text)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("A deputy on the scene said three cars were hit.", "three", "A deputy on the scene"),
        (
            "Medics on the scene said two men were taken to a hospital.",
            "two",
            "Medics on the scene",
        ),
        (
            "A trooper on the scene told reporters four lanes were closed.",
            "four",
            "A trooper on the scene",
        ),
    ],
)
def test_on_the_scene_stays_with_its_source(nlp, text, figure, source):
    assert claim_of(nlp, text, figure).source.text == source


def test_on_a_day_is_no_part_of_the_source(nlp):
    claim = claim_of(nlp, "A deputy on Monday said three cars were hit.", "three")
    assert claim.source.text == "A deputy"
