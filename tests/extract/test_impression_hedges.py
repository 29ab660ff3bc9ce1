"""A witness's impression and a speaker's own guess hedge the figure they give (gold README,
hedged: "the figure is a belief, estimate or allegation"; docs/gold-conventions.md, "'Appears',
'apparently', 'suggest' as hedges"): "It sounded like it was from just one gun", "they shot, I
would say, six shots" (realgold4, realgold6 golds: hedged). Invented sentences of that shape."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import Caveat


def hedged_claims(nlp, text: str) -> list[str]:
    claims = extract_claims(nlp(text), doc_name="t").claims
    return [c.text for c in claims if any(m.kind == Caveat.HEDGED for m in c.caveats)]


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ('"It sounded like it was from just one rifle," a neighbor said.', ["one"]),
        ("It looked like three men ran from the store, a clerk said.", ["three"]),
        ("Residents heard what sounded like five gunshots, a neighbor said.", ["five"]),
    ],
)
def test_an_impression_over_the_figure_hedges_it(nlp, text, hedged):
    assert hedged_claims(nlp, text) == hedged


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ('"They fired, I would say, eight rounds at the car," Ortiz said.', ["eight"]),
        ('"I would say about 20 people were in the yard," Ortiz said.', ["about 20"]),
    ],
)
def test_a_speakers_own_guess_hedges_the_figure(nlp, text, hedged):
    assert hedged_claims(nlp, text) == hedged
