"""subj52: a figure whose subject is only a share's own words ("half", "more than half") counts
what the figure before it counts: "more than half of her support (57 percent)" is support."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, counted",
    [
        ("Nearly half of the mayor's support (48 percent) comes from retirees, and a third of "
         "her support (33 percent) comes from renters.", "48 percent", "support"),
        ("Nearly half of the mayor's support (48 percent) comes from retirees, and a third of "
         "her support (33 percent) comes from renters.", "33 percent", "support"),
        ("More than half of the club's income (61 percent) came from dues.", "61 percent",
         "income"),
        ("He asks for $1 trillion in new spending on roads; she asks for $200 billion - half of "
         "what her predecessor sought.", "$200 billion", "spending"),
    ],
)  # fmt: skip
def test_restated_share_counts_what_the_share_counts(nlp, text, figure, counted):
    assert counted in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    "text, figure, counted",
    [
        ("Half of the players were injured and a third were suspended.", "Half", "players"),
        ("More than half of the votes went to Lind.", "More than half", "votes"),
    ],
)  # fmt: skip
def test_share_with_its_own_noun_keeps_it(nlp, text, figure, counted):
    assert counted in subject_of(nlp, text, figure).split()
