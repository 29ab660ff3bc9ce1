"""fp51 (session 51): a bare number after the verb "rank" ("was ranked 19 on the list") is a
place in a ranking, an ordinal; a number the verb counts with ("ranked the 10 candidates") stays."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, number",
    [
        ("Millbrook was ranked 19 on the magazine's list of safe towns.", "19"),
        ("The state ranked 48 in the nation for teacher pay last year.", "48"),
        ("The county ranks 12 among the state's 88 counties in jobs created.", "12"),
    ],
)
def test_a_number_after_rank_is_a_place(nlp, text, number):
    assert number not in mention_texts(nlp, text)
    assert number in mention_texts(nlp, text, claims=False)


@pytest.mark.parametrize(
    "text, number",
    [
        ("The panel ranked the 10 candidates from best to worst.", "10"),
        ("The state ranked 3 out of 10 in the survey.", "3 out of 10"),
        ("Rising through the ranks, 200 members joined the union.", "200"),
    ],
)
def test_a_number_the_verb_counts_with_stays_a_claim(nlp, text, number):
    assert number in mention_texts(nlp, text)
