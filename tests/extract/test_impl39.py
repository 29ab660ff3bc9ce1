"""Implied counts missed in local shooting news (session 31, branch impl39): people a "left /
found ... dead" names with a name, an age or a nickname beside them, which the parse breaks
(left_dead.py). Invented sentences; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from factcheck.extract.implied.left_dead import find_left_dead


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a person noun with a name set off by commas
        (
            "The fight ended in a shooting that left a restaurant co-owner, Pablo Ortiz, "
            "dead and hurt three other men.",
            ("a restaurant co-owner", "killed", 1),
        ),
        # two owned people, a nickname in quotation marks, a name after the second
        (
            'Police found his girlfriend Tamara "Tam" Greer and her son Devon dead inside the '
            "apartment.",
            ('his girlfriend Tamara "Tam" Greer and her son Devon', "killed", 2),
        ),
        # a title-case headline, a name with its age
        (
            "Boy, 9, Hurt In West End Attack That Left Tyrone Bexley, 31, Dead",
            ("Tyrone Bexley", "killed", 1),
        ),
        (
            "Woman Wounded In Shooting That Left Marcus Webb, 19, Dead",
            ("Marcus Webb", "killed", 1),
        ),
    ],
)
def test_people_named_between_left_or_found_and_dead_are_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a figure is its own claim; a group of a size; a pronoun; no person
        "The crash on Route 9 left four others dead.",
        "The fire left a family of six dead.",
        "The gunman left him dead on the sidewalk.",
        "The storm left the phones in the station dead for hours.",
        # a death that did not happen
        "The stray bullet could have left a toddler, Mia Sosa, dead.",
        "The crash nearly left a cyclist, Dev Rao, dead.",
        'Officers did not find his brother Carl "Bud" Ames and his son Leo dead.',
        "Investigators found the battery in the truck dead.",
    ],
)
def test_left_dead_without_named_people_adds_no_count(nlp, text):
    assert list(find_left_dead(nlp(text))) == []
