"""Poll shares given as a margin opening the sentence ("By 61%-30%, those polled said ...")
count the group the main clause names (gold README "subject"; realgold31's "surveyed";
session 63 subj63, by_margin_groups.py). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _subjects(nlp, text: str) -> dict[str, str]:
    return {claim.text: claim.subject for claim in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "shares", "group"),
    [
        (
            "By 61%-30%, those polled said the state's parks shouldn't be sold.",
            ("61%", "30%"),
            "those polled",
        ),
        (
            "The survey was taken in May. By a lopsided 74%-19%, retirees favor a cap on drug "
            "prices.",
            ("74%", "19%"),
            "retirees",
        ),
        (
            "By an overwhelming 71%-15%, those surveyed say the county should build more housing.",
            ("71%", "15%"),
            "those surveyed",
        ),
    ],
)
def test_opening_margin_shares_count_the_clause_group(nlp, text, shares, group):
    subjects = _subjects(nlp, text)
    assert [subjects[s] for s in shares] == [group, group]


def test_by_a_year_then_a_share_keeps_its_of_group(nlp):
    # "By 2020": no margin opens the sentence; the share names its own group
    subjects = _subjects(nlp, "By 2020, 45% of drivers will own electric cars, the report says.")
    assert subjects["45%"] == "drivers"


def test_opening_margin_with_no_poll_near_is_left_alone(nlp):
    # no poll or survey in the sentence or the two before: not a poll's margin
    subjects = _subjects(nlp, "By 12 percent, the council cut the library budget.")
    assert subjects["12 percent"] != "council"
