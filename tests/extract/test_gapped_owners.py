"""pollsubj (session 43): a later item of a gapped list ("..., Marlow 38 percent and Pike 9
percent") is named by its own name, not the first item's name or the bare poll kind."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "In a three-way race, Voss earned 44 percent, Marlow 38 percent and Pike 9 percent.",
            "38 percent",
            "Marlow",
        ),
        (
            "In a three-way race, Voss earned 44 percent, Marlow 38 percent and Pike 9 percent.",
            "9 percent",
            "Pike",
        ),
        (
            "A new survey found that Marlow was chosen by 41% of likely voters, Voss by 33% and "
            "Pike by 12%.",
            "33%",
            "Voss",
        ),
        (
            "A new survey found that Marlow was chosen by 41% of likely voters, Voss by 33% and "
            "Pike by 12%.",
            "12%",
            "Pike",
        ),
        (
            "Voss got 47 percent of the vote, Marlow 40 percent and Pike 6 percent, the poll found.",
            "40 percent",
            "Marlow",
        ),
        (
            "Among Democrats, Harlan Voss had 52 percent, Jenna Marlow 31 percent and Tom Pike 8 "
            "percent.",
            "31 percent",
            "Marlow",
        ),
        ("Voss received 39%, Marlow 35%, Pike 10% and Dunn 4%.", "10%", "Pike"),
        ("Voss received 39%, Marlow 35%, Pike 10% and Dunn 4%.", "4%", "Dunn"),
        (
            "Marlow comes in at 12.5 million followers and Voss at 9 million.",
            "9 million",
            "Voss",
        ),
        (
            "Voss was backed by 45 percent of registered voters and Marlow by 42 percent.",
            "42 percent",
            "Marlow",
        ),
    ],
)
def test_a_gapped_list_item_is_named_by_its_own_name(nlp, text: str, figure: str, owner: str):
    assert owner in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    "text, figure, first",
    [
        (
            "Voss got 47 percent of the vote, Marlow 40 percent and Pike 6 percent, the poll found.",
            "6 percent",
            "Voss",
        ),
        ("Voss received 39%, Marlow 35%, Pike 10% and Dunn 4%.", "4%", "Voss"),
    ],
)
def test_a_gapped_list_item_drops_the_earlier_items_name(nlp, text: str, figure: str, first: str):
    assert first not in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    "text, figure, words",
    [
        (
            "A new survey found that Marlow was chosen by 41% of likely voters, Voss by 33%.",
            "33%",
            ("Voss", "voters"),
        ),
        (
            "Republicans defend 14 Senate seats this fall, Democrats 9.",
            "9",
            ("Democrats", "Senate"),
        ),
        (
            "Voss won 76 percent of the Latino vote, Marlow 20 percent.",
            "20 percent",
            ("Marlow", "Latino"),
        ),
    ],
)
def test_a_gapped_list_item_keeps_the_earlier_items_kind(nlp, text: str, figure: str, words):
    found = subject_of(nlp, text, figure).split()
    assert all(w in found for w in words)
