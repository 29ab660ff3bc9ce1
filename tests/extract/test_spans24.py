"""Spans on real news, session 22 (branch spans24). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.quantities import parse_figure
from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Filings show that a trio of donor groups have spent $2 million on ads.", "a trio", 3),
        ("The board backed a quartet of local charities that work with veterans.", "a quartet", 4),
        ("The governor signed a pair of related bills on Tuesday.", "a pair", 2),
        ("A coalition of a trio of pro-union super PACs bought airtime.", "a trio", 3),
    ],
)
def test_a_group_word_of_a_set_size_before_its_members_counts_them(nlp, text, figure, value):
    assert figure in mention_texts(nlp, text)
    assert parse_figure(figure).value == value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The pair fled the scene in a gray sedan.", "pair"),
        ("Police said the trio was arrested later that night.", "trio"),
        ("She bought a pair of new shoes for the trip.", "pair"),
    ],
)
def test_a_group_word_named_again_or_of_one_thing_is_no_figure(nlp, text, word):
    assert not any(word in m for m in mention_texts(nlp, text))
