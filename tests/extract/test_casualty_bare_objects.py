"""A bare count that a casualty verb takes as its object counts those it harmed, past "all"
("killing all three"), before an "other" with no noun ("wounded four other"), and after an
impact verb amid gunfire ("hitting all five": shot); an earlier noun ("three gunmen", "one
woman") is not what it counts (casualty_subjects.casualty_verb_before, session 55 subj55c).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _subject(nlp, text: str, figure: str) -> str:
    for claim in claims_of(nlp, text):
        if claim.text == figure:
            return claim.subject
    raise AssertionError(f"no claim {figure!r} in {text!r}")


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        (
            "A gunfight at the fair killed one woman and injured three other near the gate.",
            "three",
            "injured",
        ),
        ("The gunman shot one man and wounded two other outside the bar.", "two", "wounded"),
        (
            "Two gunmen left their car, walked up to the group and opened fire, striking all "
            "four, a witness said.",
            "four",
            "shot",
        ),
        (
            "The attacker fired into the kitchen, hitting all three before he fled.",
            "three",
            "shot",
        ),
        (
            "The attacker burst into the house and stabbed a guard, killing all three before "
            "he fled.",
            "three",
            "killed",
        ),
    ],
)
def test_bare_object_of_a_casualty_verb_counts_the_harmed(nlp, text, figure, subject):
    assert _subject(nlp, text, figure) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # no gunfire: "hit" is no shot
        ("The driver lost control of the van, hitting all six.", "six", "shot"),
        ("The storm hit all five counties on Monday.", "five", "shot"),
        # a noun of its own after "other"
        ("The blast killed one guard and injured three other guards.", "three", "injured"),
    ],
)
def test_impact_without_gunfire_or_own_noun_is_not_this_rule(nlp, text, figure, subject):
    assert _subject(nlp, text, figure) != subject


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Four were shot dead outside the club on Friday.", "Four"),
        ("The house where three were shot dead is for sale.", "three"),
        ("Two were shot to death in the alley.", "Two"),
        ("Six were shot and killed near the park.", "Six"),
    ],
)
def test_bare_count_shot_dead_counts_the_killed(nlp, text, figure):
    # a bare count told shot dead counts the killed, as "two men were shot dead" does
    assert _subject(nlp, text, figure) == "killed"


def test_bare_count_shot_without_death_stays_shot(nlp):
    assert "killed" not in _subject(nlp, "Three were shot outside the bar.", "Three")
