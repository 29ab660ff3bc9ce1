"""A belief with its own content does not hedge a figure of a verb coordinated with it
(caveat_hedges._in_a_conjunct; docs/gold-conventions.md: "Five people, believed to be related,
were killed" -> not hedged). The parser reads "The shooter, believed to be in his 30s, wounded
2 people" as "believed" with "wounded" its conjunct. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The shooter, believed to be in his 30s, wounded 2 people.", "2"),
        ("The gunman, thought to be a former employee, killed 3 workers.", "3"),
        ("The man, believed to be 25, robbed 3 stores on Main Street.", "3"),
    ],
)
def test_an_aside_belief_does_not_hedge_the_conjunct_verbs_figure(nlp, text, figure):
    assert HEDGED not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The suspect is believed to have fled and shot 2 people.", "2"),
        ("Police believe the suspect fired 12 shots.", "12"),
        ("The suspect is believed to have fired 12 shots.", "12"),
    ],
)
def test_a_figure_in_what_is_believed_stays_hedged(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)
