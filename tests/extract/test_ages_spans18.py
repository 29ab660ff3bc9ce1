"""Ages set off after people are not claims (gold README: ages used as descriptors);
session 17, branch spans18. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, ages",
    [
        # a dash closes the list of names and ages
        ("They took the boys — Sam, 6, Leo, 4, and Max, 2 — to the lake.", ["6", "4", "2"]),
        ("Three teens were hurt — one is 15, the other is 17 — and drove home.", ["15", "17"]),
        # a headline's person noun the tagger reads as a name
        ("Dayton officer named after son, 4, accidentally shoots self", ["4"]),
        # spelled ages where "ages" says so
        ("The couple was home with their two children, ages two and four.", ["two", "four"]),
    ],
)
def test_age_set_off_after_people_is_not_a_claim(nlp, text, ages):
    assert [t for t in mention_texts(nlp, text, claims=False) if t in ages] == ages


@pytest.mark.parametrize(
    "text, claim",
    [
        ("The couple was home with their two children, ages two and four.", "two"),
        ("The district has seven schools and two of them closed — the city said.", "two"),
    ],
)
def test_counts_beside_spelled_ages_stay_claims(nlp, text, claim):
    assert claim in mention_texts(nlp, text)
