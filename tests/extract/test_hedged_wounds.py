"""A wound told through a police hedge ("found a man with what appeared to be a gunshot
wound", "suffering from what appeared to be gunshot wounds", "who had what appeared to be
multiple gunshot wounds", "with what looked like a stab wound", "with what police described as
a gunshot wound") is read as the plain wound: 1 injured, killed where fatal
(implied/hedged_wounds.py, impl55). Not counted: the same hedge on no wound. Invented
sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Deputies found a man lying in the road with what appeared to be a gunshot wound.",
            ("a man", "injured", 1),
        ),
        (
            "Officers found a woman suffering from what appeared to be gunshot wounds.",
            ("a woman", "injured", 1),
        ),
        (
            "Officers located a 20-year-old man who had what appeared to be multiple gunshot "
            "wounds.",
            ("a 20-year-old man", "injured", 1),
        ),
        (
            "The victim was found with what appeared to be a gunshot wound to the head.",
            ("The victim", "injured", 1),
        ),
        ("Deputies found a man with what looked like a stab wound.", ("a man", "injured", 1)),
        (
            "A teen was found with what police described as a gunshot wound.",
            ("A teen", "injured", 1),
        ),
        (
            "A 16-year-old suffered what appeared to be a gunshot wound to the leg.",
            ("A 16-year-old", "injured", 1),
        ),
        (
            "A man arrived at the hospital with what appeared to be a gunshot wound.",
            ("A man", "injured", 1),
        ),
        (
            "Officers found a man with what appeared to be a fatal gunshot wound.",
            ("a man", "killed", 1),
        ),
    ],
)
def test_a_hedged_wound_counts_its_holder(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers found a man with what appeared to be drugs.",
        "Officers found a man with what appeared to be a handgun.",
        "She said a woman had what appeared to be a black eye.",
        "Officers found the car with what appeared to be bullet holes.",
        "Deputies described the man as a suspect in a robbery.",
    ],
)
def test_a_hedge_on_no_wound_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
