"""Title lines inside an article's body (session 54, impl54; body_titles.py): a related story's
headline or the title printed again is read as the headline is ("Quick Clicks Teen fatally
shot in Allentown" = 1 killed). Invented texts; gold README "Headlines" and "Repeats"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.body_titles import find_title_lines
from factcheck.extract.implied.implied import find_implied_counts

_TOP = "Man charged in robbery\n\nPolice arrested a man Monday.\n\n"
_END = "\n\nThe man is held on bail."


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Teen fatally shot in Allentown", ("Teen", "killed", 1)),
        ("Quick Clicks Cook fatally shot in Allentown", ("Cook", "killed", 1)),
        ("EXCLUSIVE: Woman on bike shoots barber after argument", ("barber", "shot", 1)),
        ("+ Toddler shot in Dayton", ("Toddler", "shot", 1)),
        ("Cabbie shot dead outside bar", ("Cabbie", "killed", 1)),
    ],
)
def test_a_title_line_in_the_body_is_read_as_a_headline(nlp, line, count):
    assert count in _counts(nlp, _TOP + line + _END)


@pytest.mark.parametrize(
    "text",
    [
        _TOP + "Photo: Courtesy Photo" + _END,
        _TOP + "Police said a cook was shot in the leg." + _END,
        _TOP + '"Cook shot in the leg"' + _END,
        _TOP + "Cook killed in crash on I-95" + _END,
    ],
)
def test_prose_quotes_and_accidents_are_no_title_lines(text):
    assert [text[s:e] for s, e in find_title_lines(text, text.find("\n"))] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Deputy identified after son, 2, accidentally shoots self\nPolice said.",
            ("son", "shot", 1),
        ),
        ("Cook kills self after standoff\nPolice said.", ("Cook", "killed", 1)),
    ],
)
def test_headline_people_who_shoot_self_are_the_casualty(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_headline_reflexive_pronoun_is_counted_once(nlp):
    counts = _counts(nlp, "Cook accidentally shoots himself while cleaning gun\nPolice said.")
    assert counts == [("himself", "shot", 1)]
