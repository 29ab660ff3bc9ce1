""" "shot, killed" (a harm, a comma, then the killing with no subject of its own) is 1 killed,
as "shot and killed" is: in a headline ("Woman shot, killed in her driveway", "Man Shot, Killed
In Southwest Atlanta"; implied/people_lists.py) and in the body ("A man was shot, killed in
his driveway"; implied/later_deaths.py), impl55. "shot, wounded" stays a harm. Invented
sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts

_BODY = "\n\nDeputies are investigating, officials said."


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Woman shot, killed in her driveway" + _BODY, ("Woman", "killed", 1)),
        ("Man Shot, Killed In West Dayton" + _BODY, ("Man", "killed", 1)),
        ("A man was shot, killed in his driveway.", ("A man", "killed", 1)),
        ("A clerk was stabbed, killed during a robbery.", ("A clerk", "killed", 1)),
    ],
)
def test_shot_comma_killed_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Man shot, wounded in drive-by" + _BODY, ("Man", "shot", 1)),
        ("A man was shot, wounded in his driveway.", ("A man", "shot", 1)),
    ],
)
def test_shot_comma_wounded_is_no_killing(nlp, text, count):
    assert count in _counts(nlp, text)
