"""fps36 (session 29): "one" that means "a" is no count. Invented sentences.

Gold README, not-claims: idioms; the tuning golds write "one" before a singular noun that picks
a thing out ("focuses on one small subset of", "for one Florida congressional candidate",
"according to one report") as "determiner (one meaning 'a')", never a claim. Where the
sentence counts ("only one poll", "one vote for X, 13 for Y", "each flip gave one delegate",
"one delegate away", "one naysayer remained", a casualty) "one" stays a claim of value 1.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


def _ones(texts: list[str]) -> list[str]:
    """The mentions whose figure is "one" ("one", "Only one", "one week")."""
    return [t for t in texts if "one" in t.lower().split()]


@pytest.mark.parametrize(
    "text",
    [
        "Wages rose sharply last spring, according to one labor economist.",
        "The governor called the levy reckless in one interview on Sunday.",
        "Late one night last spring, the senator drove to the capital alone.",
        "The lottery is one reason the town kept its library open.",
        "Most of the cash went to one candidate in the mayoral race.",
        "The tax fight is one example of the council's dysfunction.",
        "The mayor hopes to win voters in one county before the fall.",
        "The union spoke with one voice at the hearing.",
        "The plan is doomed, one poster commented on the forum.",
    ],
)
def test_one_meaning_a_is_not_a_claim(nlp, text):
    assert not _ones(mention_texts(nlp, text))
    assert _ones(mention_texts(nlp, text, claims=False))


@pytest.mark.parametrize(
    "text",
    [
        "Only one poll was taken in the district before the primary.",
        "Just one bill passed the chamber in its spring session.",
        "At least one town hall is planned in the county.",
        "Not one senator spoke against the measure.",
        "Each district is represented by one delegate at the convention.",
        "Under the plan a grant goes to one school in every ward.",
        "The board will be left with one member until the special election.",
        "But one holdout remained on the committee after the vote.",
        "The mayor is one vote short of a majority on the council.",
        "The town has seven parks and one pool for its residents.",
        "In one week, the campaign doubled its list of donors.",
        "One man was shot on the porch of the house.",
        "I saw one guy lying on the sidewalk near the bus stop.",
        "Deputies searched several homes in connection with one shooting overnight.",
        "One bullet hit the rear window of the car.",
    ],
)
def test_one_that_counts_stays_a_claim(nlp, text):
    assert _ones(mention_texts(nlp, text))
