"""Session 58: a name joined by "and" to the speaking name speaks with it: one source, the
whole coordination (gold README: the source is who the text says gives the figure). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claim_named


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Mayor Ann Lee and Councilman Bob Ruiz announced that 40 jobs would be added.",
            "40",
            "Mayor Ann Lee and Councilman Bob Ruiz",
        ),
        (
            "The FBI and local police said 3 suspects were arrested.",
            "3",
            "The FBI and local police",
        ),
        ("Clinton and Sanders both said 15 percent was too high.", "15", "Clinton and Sanders"),
    ],
)
def test_names_joined_by_and_are_one_source(nlp, text, figure, source):
    assert claim_named(nlp, text, figure).source.text == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Ann Lee and her staff said 40 jobs would be added.", "40", "Ann Lee"),
        ("Ann Lee said 40 jobs would be added, and Bob Ruiz agreed.", "40", "Ann Lee"),
    ],
)
def test_a_common_noun_or_a_later_clause_is_not_joined(nlp, text, figure, source):
    assert claim_named(nlp, text, figure).source.text == source
