"""A lede's dateline is never one of the people (datelines.py, session 53): en_core_web_sm
makes "DALLAS" of "DALLAS – A 17-year-old was shot" a second subject of the verb, or the
person an apposition of the place, and the lede's count was lost. Invented ledes; gold README
"Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.datelines import is_dateline
from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("DALLAS – A 17-year-old was shot this afternoon.", ("A 17-year-old", "shot", 1)),
        ("DALLAS (AP) — A 17-year-old was shot Sunday.", ("A 17-year-old", "shot", 1)),
        ("MEMPHIS, Tenn. — A 17-year-old was shot Sunday.", ("A 17-year-old", "shot", 1)),
        ("HOUSTON — A 23-year-old was killed early Saturday.", ("A 23-year-old", "killed", 1)),
        (
            "TULSA, Okla. (KJRH) — A 30-year-old man was shot and killed Friday.",
            ("A 30-year-old man", "killed", 1),
        ),
        ("MIAMI — Jamal Carter, 19, was shot Sunday.", ("Jamal Carter", "shot", 1)),
        ("ATLANTA — A man was stabbed Sunday.", ("A man", "injured", 1)),
        ("ATLANTA — A man was pronounced dead at the scene.", ("A man", "killed", 1)),
        (
            "ATLANTA — A man was taken to the hospital after a shooting.",
            ("A man", "injured", 1),
        ),
        (
            "ATLANTA — A 16-year-old suffered a gunshot wound Sunday.",
            ("A 16-year-old", "injured", 1),
        ),
    ],
)
def test_the_lede_after_a_dateline_counts_its_person(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "MIAMI — The mayor was honored Sunday.",
        "BOSTON — A 17-year-old was arrested Sunday.",
        "DENVER — The city was hit by a storm on Sunday.",
        # a death notice's "SURNAME--Given Names" is no dateline: its person stays the
        # parse's (no casualty read here)
        "SIEGEL--Ann Marie, 98, of Rye, New York, retired Friday.",
    ],
)
def test_a_dateline_before_no_harm_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


def test_a_death_notice_surname_is_no_dateline(nlp):
    doc = nlp("SIEGEL--Ann Marie, 98, of Rye, New York, passed away Friday.")
    assert not any(is_dateline(t) for t in doc)
    assert any(is_dateline(t) for t in nlp("HOUSTON -- A 17-year-old was shot Sunday."))
