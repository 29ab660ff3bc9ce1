"""A transfer by air whose verb the tokenizer splits at its hyphen (session 56, impl56b,
split_transfers.py): "was life-flighted / care-flighted / air-lifted / med-flighted to a
hospital" is hurt as "was airlifted to a hospital" is (gold README "Repeats"; gold-conventions
"A transfer to a hospital alone ... stays 1 injured"), killed where a later death follows.
Invented sentences, with parallels that count no one."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was life-flighted to a hospital.", ("A man", "injured", 1)),
        (
            "Shots were fired on Oak Lane. A woman was Life-Flighted to a trauma center.",
            ("A woman", "injured", 1),
        ),
        ("The boy was care-flighted to a trauma center.", ("The boy", "injured", 1)),
        ("A cyclist was air-lifted to a hospital.", ("A cyclist", "injured", 1)),
        ("A man was med-flighted to the hospital.", ("A man", "injured", 1)),
        (
            "Shots rang out near the home of Tom Reyes. Reyes was life-flighted to Mercy Hospital.",
            ("Reyes", "injured", 1),
        ),
    ],
)
def test_person_flown_to_care_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


def test_person_flown_to_care_who_died_is_killed(nlp):
    text = "A man was life-flighted to a hospital, where he later died."
    assert ("A man", "killed", 1) in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The supplies were air-lifted to the hospital.",
        "The mood was lifted by the news.",
        "A man was life-flighted.",
        "The ban on flights was lifted at the hospital.",
    ],
)
def test_no_person_or_no_care_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
