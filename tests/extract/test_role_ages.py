"""Ages used as descriptors in more shapes: after a person named by office or role ("The
senator, 72, said"), after "now" ("Her son, now 14,"), before a "when" clause ("was just 16
when"), and in a list that ends "years old" (gold README: ages used as descriptors are not
claims; branch num54, session 54). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The senator, 72, said he would not seek another term.", "72"),
        ("The chairman, 58, took over the dairy cooperative in 2019.", "58"),
        ("The governor, 61, is seeking a third term.", "61"),
        ("Her nephew, now 14, testified on Tuesday.", "14"),
        ("Police said he was just 16 when he was first arrested.", "16"),
        ("The three victims were 19, 20 and 22 years old.", "19"),
        ("The three victims were 19, 20 and 22 years old.", "20"),
    ],
)  # fmt: skip
def test_age_in_more_shapes_is_no_claim(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Of the 40 officers, 12 were hurt in the riot.", "12"),
        ("The council voted 7-2, approving the budget.", "7"),
        ("The three victims were 19, 20 and 22 years old.", "three"),
    ],
)  # fmt: skip
def test_counts_beside_ages_stay_claims(nlp, text, figure):
    assert any(figure in t for t in mention_texts(nlp, text))
