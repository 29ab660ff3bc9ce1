"""A word with digits that no mention reads ("105th", "1990s", "7:30", "HB2") is a not-claim
with the reason its shape gives, so every digit of an article is accounted for
(digit_words.py; gold README: ordinals, dates, times and names are no claims). Invented
sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.not_claims.digit_words import UNREAD


def _not_claims(nlp, text):
    return {(n.text, n.why) for n in extract_claims(nlp(text), doc_name="t", text=text).not_claims}


@pytest.mark.parametrize(
    ("text", "word", "why"),
    [
        ("The fire on 44th Street was put out quickly.", "44th", "ordinal"),
        ("Crime fell sharply in the 1990s across the city.", "1990s", "date (decade)"),
        (
            "Her approval rating sank into the low 40s this spring.",
            "40s",
            "vague amount (a decade of life or of a scale)",
        ),
        ("The meeting began at 7:30 on Tuesday evening.", "7:30", "time"),
        ("The museum remembers 9/11 with a new wing.", "9/11", "date or fraction"),
        ("The rules have applied since mid-2015 in the county.", "mid-2015", "date"),
        ("The state's HB2 took effect in the spring.", "HB2", "part of a name"),
        (
            "The cleric Ali GA\u03031\u20444ran lives abroad.",
            "GA\u03031\u20444ran",
            "part of a name",
        ),
        (
            "The banner had padding-top:20px; border:0 on it.",
            "top:20px",
            "part of a link or markup",
        ),
        ("The suspect is 5'10\" and was last seen on foot.", "5'10", "descriptor (height)"),
        ("Voters aged 18 to 54and older ones split.", "54and", UNREAD),
    ],
)
def test_word_with_digits_no_mention_reads_is_a_not_claim_with_its_reason(nlp, text, word, why):
    assert (word, why) in _not_claims(nlp, text)


def test_digits_inside_a_claim_or_a_not_claim_are_not_listed_again(nlp):
    text = "A woman in her 30s and 12 others were hurt on July 4, 2016."
    listed = [n for n in extract_claims(nlp(text), doc_name="t", text=text).not_claims]
    assert all(n.why != UNREAD for n in listed)
    assert sorted(n.start for n in listed) == [n.start for n in listed]
    assert len({n.start for n in listed}) == len(listed)
