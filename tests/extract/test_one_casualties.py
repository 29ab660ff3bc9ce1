"""Session 56: a bare "one" a casualty happened to is a claim that counts the harm: the object
of a harm verb ("killing one and wounding two others"), "one of them" the subject of a death,
"one" that suffered a wound or remains in hospital. Invented texts.

Gold README: a casualty "one" counts a person (implied counts name their harm: killed,
injured, shot); "one of the three victims was killed" counts the three only.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _ones(nlp, text: str) -> list[tuple[float, str]]:
    return [(c.value, c.subject) for c in claims_of(nlp, text) if c.text.lower() == "one"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The gunman opened fire on the porch, killing one and wounding two others.", "killed"),
        ("Deputies said the suspect shot one before he fled.", "shot"),
        ("He shot one of the guards in the arm, police said.", "guards shot"),
        ("Two men were shot on Elm Street. One of them later died at a hospital.", "killed"),
        ("Two teens were shot outside the store. One remains hospitalized.", "injured"),
        ("Three people were shot. One suffered a gunshot wound to the leg.", "injured"),
    ],
)
def test_casualty_one_is_a_claim_counting_the_harm(nlp, text, subject):
    assert _ones(nlp, text) == [(1.0, subject)]


@pytest.mark.parametrize(
    "text",
    [
        "Police said one of the three victims was killed near the park.",
        "One of the candidates remains popular with older voters.",
        "She hit one out of the park in the ninth inning.",
    ],
)
def test_one_that_counts_no_casualty_stays_out(nlp, text):
    assert _ones(nlp, text) == []
