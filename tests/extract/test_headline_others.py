"""A headline's second casualty clause (session 54, impl54b; headline_others.py): "another"
after a first casualty clause is one more person ("Woman killed, another hurt in shooting"),
and the people after a counted clause are read ("1 dead, man hurt in shooting"). Invented
headlines; parallels that count no one more. Gold README "Implied counts", "Headlines"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts

_BODY = "\n\nPolice are investigating, officials said."


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Woman killed, another hurt in Elm Street shooting" + _BODY, ("another", "injured", 1)),
        ("Teen dies, another hurt after gunfire on West Side" + _BODY, ("another", "injured", 1)),
        ("One dead, another injured in overnight shooting" + _BODY, ("another", "injured", 1)),
        ("One man shot, another killed in Oak Park" + _BODY, ("another", "killed", 1)),
        ("1 dead, man hurt in shooting near bar" + _BODY, ("man", "injured", 1)),
        ("Police: 2 killed, teen wounded at party" + _BODY, ("teen", "injured", 1)),
    ],
)
def test_a_headlines_next_clause_counts_its_person(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "1 dead, 4 wounded in shooting at park" + _BODY,
        "Another shooting rattles quiet neighborhood" + _BODY,
        "2 killed, police say suspect fled" + _BODY,
    ],
)
def test_a_headline_with_no_more_people_counts_no_one_more(nlp, text):
    assert _counts(nlp, text) == []
