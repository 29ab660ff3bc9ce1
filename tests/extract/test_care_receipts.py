"""Care a person took for a wound (session 56, impl56b): "received treatment for minor
injuries", "needed treatment for a gunshot wound", "underwent surgery for wounds", also where the
tagger reads "received" or "required" as an adjective on "treatment" ("A deputy required
treatment for minor injuries"). The person is injured, as "was treated for gunshot wounds" is
(gold-conventions "Vocabulary of casualty shapes"). Invented sentences, with parallels that count
no one."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man received treatment for minor injuries.", ("A man", "injured", 1)),
        ("A woman needed treatment for injuries after the shooting.", ("A woman", "injured", 1)),
        ("A teen got treatment for a gunshot wound.", ("A teen", "injured", 1)),
        ("The boy underwent surgery for wounds to his legs.", ("The boy", "injured", 1)),
        (
            "Police said a man who received treatment for a gunshot wound was arrested.",
            ("a man", "injured", 1),
        ),
        (
            "Shots were fired near the home of Tom Reyes on Friday. Reyes received treatment for "
            "minor injuries.",
            ("Reyes", "injured", 1),
        ),
        (
            "A man and a woman received treatment for minor injuries.",
            ("A man and a woman", "injured", 2),
        ),
    ],
)
def test_person_who_took_care_for_a_wound_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A deputy required treatment for minor injuries.",
        "A 24-year-old received treatment for a gunshot wound to the leg.",
    ],
)
def test_misparsed_care_for_a_wound_is_hurt(nlp, text):
    # the span is the person word, as misread_sufferers.py gives it ("deputy", "24-year-old")
    assert [(m, v) for _, m, v in _counts(nlp, text)] == [("injured", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A man declined treatment for minor injuries.",
        "The man received treatment for depression.",
        "The man did not receive treatment for his injuries.",
        "Officials urged residents to seek treatment for injuries.",
        "The hospital received funding for wound care.",
    ],
)
def test_care_without_a_wound_taken_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
