"""wsubj67 (session 67): "twice a day", "twice a week" say how often something happens, a claim
(tests/wirek, wirem golds), not a date or a name; named by the verb it counts."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    "text, verb",
    [
        ('"The guards fed us twice a day, some rice and tea," the sailor said.', "fed"),
        ("Before the shelling, the volunteers could drive in twice a week.", "drive"),
    ],
)
def test_a_frequency_is_a_claim_named_by_its_verb(nlp, text, verb):
    claims = [c for c in claims_of(nlp, text) if c.text.lower().startswith("twice")]
    assert len(claims) == 1 and claims[0].value == 2
    assert verb in claims[0].subject.split()


def test_a_twice_without_a_unit_after_is_unchanged(nlp):
    text = "The helicopters had to turn back twice, the pilot said."
    claims = [c for c in claims_of(nlp, text) if c.text == "twice"]
    assert len(claims) == 1 and claims[0].subject == "times turn"
