"""A sum a noun is "worth" names the noun, also when the parse hangs "worth" on the clause's
verb or a reported/estimated qualifier stands between "worth" and the sum (invented text)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        ("Police recovered jewelry worth $20,000.", "$20,000", "jewelry"),
        (
            "She sought to restore the deal, worth a reported $1.2 million, after the vote.",
            "$1.2 million",
            "deal",
        ),
    ],
)
def test_sum_a_noun_is_worth_names_the_noun(nlp, text, figure, word):
    assert word in subject_of(nlp, text, figure).split()


def test_worth_said_of_a_person_keeps_worth(nlp):
    assert subject_of(nlp, "The developer claims he's worth $10 billion.", "$10 billion") == "worth"
