"""fp51 (session 51): a number before a superlative ("Ohio's three biggest cities", "the 10 best")
cuts a ranking to name a group; it counts nothing. A share's base and "top"/"leading" stay."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, number",
    [
        ("The governor toured Ohio's three biggest cities within two weeks.", "three"),
        ("A magazine named her to its list of the world's 100 most influential people.", "100"),
        ("The party's two most recent nominees will not attend the convention.", "two"),
        ("The mayor wrote about the 10 best parks in the county.", "10"),
        ("Voters in the five largest counties lean toward the incumbent.", "five"),
    ],
)
def test_a_number_before_a_superlative_names_a_ranked_group(nlp, text, number):
    assert number not in mention_texts(nlp, text)
    assert number in mention_texts(nlp, text, claims=False)


@pytest.mark.parametrize(
    "text, number",
    [
        # no superlative: a count
        ("The governor toured three cities in Ohio within two weeks.", "three"),
        # "top" and "leading" are no superlatives; the golds count them
        ("The challengers have won suits against their two top targets.", "two"),
        ("The poll tested arguments against all three leading candidates.", "three"),
        # indefinite: a count of what is ranked, not a cut of a ranking
        ("Three biggest donors gave more than $1 million each.", "Three"),
    ],
)
def test_a_number_without_a_definite_superlative_stays_a_claim(nlp, text, number):
    assert number in mention_texts(nlp, text)


def test_the_base_of_a_share_before_a_superlative_stays_in_the_share(nlp):
    texts = mention_texts(nlp, "Seven of the 10 largest cities voted for the Democrat.")
    assert any("10" in t for t in texts)
