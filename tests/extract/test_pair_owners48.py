"""poll48 (session 39): each share of a pair belongs to one of the two people its clause names,
in the order it names them (pair_owners.py)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of

FIELD = (
    "Without Perot in the mix, Bush and Dukakis were in a dead heat -- 46% to 45%, within the "
    "poll's margin of error."
)
TWO = "Dole and Clinton were in a dead heat -- 46% to 45%, the survey found."
EDGE = (
    "Maria Delgado held rallies across the state. Among suburban voters, her edge was huge: 64 "
    "percent to 27 percent."
)
PRONOUN = (
    "Despite weeks of attacks, Senator Tom Ostrowski has failed to dent Maria Delgado's lead, a "
    "new survey says. Mrs. Delgado has support from 51 percent of likely voters, while Mr. "
    "Ostrowski has backing from 35 percent, the poll found. In a Marist poll in May, she led Mr. "
    "Ostrowski 57 percent to 33 percent."
)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (FIELD, "46%", "Bush"),
        (FIELD, "45%", "Dukakis"),
        (TWO, "46%", "Dole"),
        (TWO, "45%", "Clinton"),
        # one person before the pair, with a word of leading: the first share is hers
        (EDGE, "64 percent", "Delgado"),
        # "she" is not the man named last: the pair's second share is his
        (PRONOUN, "33 percent", "Ostrowski"),
    ],
)
def test_a_pairs_shares_go_to_the_clauses_two_people_in_order(
    nlp, text: str, figure: str, owner: str
):
    assert owner in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    "text, figure, other",
    [
        # three people named: the pair's two are not known
        (
            "Delgado, Ostrowski and Whitfield met voters; the poll stood at 44 percent to 41 percent.",
            "41 percent",
            "Whitfield",
        ),
        # a pronoun outside the pair's clause is no side of it
        (
            "Mr. Hart toured the state twice. That didn't help him as Dukakis, powered by a "
            "stronger organization and multiple campaign stops across the state, carried the "
            "state 66% to 30%.",
            "66%",
            "Hart",
        ),
        # a passive clause names the loser first: no order to read
        (
            "Despite leading each of the last six state polls by an average of five percentage "
            "points, Mr. Hart was beaten in the primary on Tuesday by Governor Mike Dukakis of "
            "Massachusetts, who won, 41.2 percent to 30.5 percent, with all precincts reporting.",
            "41.2 percent",
            "Hart",
        ),
        # the leader's rival is not named: the second share is no one's known
        (EDGE, "27 percent", "Delgado"),
        # the same person twice ("Ostrowski ... him") is one side only
        (
            "Mr. Ostrowski said voters would back him 48 percent to 40 percent.",
            "40 percent",
            "Ostrowski",
        ),
    ],
)
def test_a_pair_without_two_named_people_gives_no_owner(nlp, text: str, figure: str, other: str):
    assert other not in subject_of(nlp, text, figure).split()
