"""People a finding or telling verb holds (session 54, impl54; found_clauses.py,
reported_selves.py): "found a man slumped over the wheel with a gunshot wound", "Police found
a man in the lot, and he had been shot", "A man told officers he had been shot". Invented
sentences; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Officers found a cook slumped over the wheel of his car with a gunshot wound.",
            ("a cook", "injured", 1),
        ),
        (
            "Police found a woman slumped in the front seat with gunshot wounds.",
            ("a woman", "injured", 1),
        ),
    ],
)
def test_the_person_of_a_found_small_clause_holds_the_wound(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police found the car parked in a lot with bullet holes.",
        "Officers found a cook sitting in his car with a gun.",
    ],
)
def test_a_found_clause_without_a_wound_or_person_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police found a cook in the parking lot, and he had been shot in the arm.",
            ("a cook", "shot", 1),
        ),
        (
            "Officers found a man unresponsive in the driveway; he had been shot twice.",
            ("a man", "shot", 1),
        ),
        ("A woman told police she was shot by her ex-boyfriend.", ("A woman", "shot", 1)),
        ("A witness told officers she had been grazed by a bullet.", ("A witness", "shot", 1)),
    ],
)
def test_the_person_found_or_telling_of_their_own_harm_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The sheriff said he was shot by the suspect.",
        "The prosecutor said he was shot twice.",
        'A man sitting on the curb told officers, "He\'s been shot."',
        "A witness told police he saw the gunman flee.",
    ],
)
def test_an_official_or_a_quoted_pronoun_is_no_self_report(nlp, text):
    assert _counts(nlp, text) == []
