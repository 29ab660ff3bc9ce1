"""Implied counts added in session 22 (branch implied25): invented headlines, gold README
"Implied counts" and "Headlines", and the tuning sets' golds."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _headline_counts(nlp, headline: str) -> list[tuple[str, str, int]]:
    doc = nlp(headline + "\n\nThe story follows.")
    end = headline.find("\n") if "\n" in headline else len(headline)
    return [(c.text, c.measure, c.value) for c in find_implied_counts(doc) if c.start < end]


@pytest.mark.parametrize(
    "headline, expected",
    [
        # people, then a casualty participle or state the parse misreads
        ("Infant shot, gravely hurt in Eastern Ohio", [("Infant", "shot", 1)]),
        (
            "Eight-year-old girl, parents hit in highway road rage shooting",
            [("Eight-year-old girl, parents", "shot", 3)],
        ),
        (
            "17-year-old in serious condition after west Dayton shooting",
            [("17-year-old", "injured", 1)],
        ),
        ("Teen fatally shot outside corner store", [("Teen", "killed", 1)]),
    ],
)
def test_headline_people_before_casualty_words_are_counted(nlp, headline, expected):
    assert _headline_counts(nlp, headline) == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Gunman Sprays Bullets At Picnic, Injuring Toddler In Tulsa", [("Toddler", "injured", 1)]),
        (
            "Ex-Deputy Arrested After Allegedly Killing Girlfriend, Wounding Two Neighbors",
            [("Girlfriend", "killed", 1)],
        ),
        (
            "Police: Ohio 15-year-old kills 4-year-old sister, self",
            [("4-year-old sister", "killed", 1), ("self", "killed", 1)],
        ),
    ],
)
def test_headline_people_after_active_casualty_words_are_counted(nlp, headline, expected):
    found = _headline_counts(nlp, headline)
    for count in expected:
        assert count in found


@pytest.mark.parametrize(
    "headline",
    [
        "Boy hit by car near school",  # no shooting: "hit" is no gunshot
        "Victim identified in river investigation",  # no fatal word: not counted
        "Police seek shooting suspect in Elm Street case",
    ],
)
def test_headline_without_casualty_reading_counts_nothing(nlp, headline):
    assert _headline_counts(nlp, headline) == []
