"""clm63 (session 63): claims and not-claims judged on fresh PolNeAR text. Invented sentences.

A fraction word fused by a hyphen into a compound ("a third-party candidate") is no share, even
after a word the qualifier reader takes for one ("uniting behind", "talked about"); the tuning
golds write "third-party" as a not-claim (part of a compound name). A day after a month name
that a scraped live blog glued to the byline before it ("...FeaturedFebruary 6, 2016") is a
date, not a count (gold README: dates are not claims).
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "Organizers spoke of uniting behind a third-party candidate before the convention.",
        "Some donors talked about a third-party run by the former mayor.",
        "The governor is hovering around a third-place finish in the state polls.",
        "The dispute was over a third-party contractor's unpaid bill.",
    ],
)
def test_a_fraction_fused_into_a_compound_is_no_share(nlp, text):
    assert not any("third" in claim for claim in mention_texts(nlp, text))


@pytest.mark.parametrize(
    "text, share",
    [
        ("About a third of voters backed the mayor in the runoff.", "About a third"),
        ("Turnout fell by nearly a third, the county clerk said.", "nearly a third"),
        ("The bank raised rates by about a quarter-point on Wednesday.", "about a quarter"),
    ],
)
def test_a_qualified_fraction_alone_or_before_a_unit_stays_a_share(nlp, text, share):
    assert share in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Lena OrtizFlagShareLikeReplyTom Hale 5ptsmoderatorFeaturedFebruary 6, 2016 10:57PM"
            "Ruiz Hits Lee On Taxes",
            "6",
        ),
        ("ShareLikeReplyAmy Cole 5ptsmoderatorFeaturedMarch 12, 2016 9:05PMPost-Debate Chat", "12"),
    ],
)
def test_a_day_after_a_glued_month_is_a_date(nlp, text, day):
    assert day not in mention_texts(nlp, text)
    assert day in mention_texts(nlp, text, claims=False)


def test_a_count_after_a_word_ending_like_a_month_stays_a_claim(nlp):
    text = "The Mayor won 6 wards and the Marchers' group backed her."
    assert "6" in mention_texts(nlp, text)


def test_a_count_before_a_glued_month_stays_a_claim(nlp):
    # a headline run into its timestamp: the glued month dates the day after it, not the count
    text = "Shooting leaves 3 woundedJune 5, 2016 at 10:57 PM."
    assert "3" in mention_texts(nlp, text)
    assert "5" not in mention_texts(nlp, text)
