"""Shares whose whole is a series, and "one in five", are one claim (gold README "Shares";
realgold8, realgold12, realgold14 golds). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, claims",
    [
        ("She has won five of the past six primaries.", ["five of the past six"]),
        # an owner's whole is one share too (session 51: the real golds write 5 of 5 so, on 5
        # articles; only the fictional dev corpus writes "1,843 of the country's 2,105" as two)
        ("Three of the club's nine directors resigned.", ["Three of the club's nine"]),
        ("One in four say they will not vote.", ["One in four"]),
        ("About one in three voters said no.", ["About one in three"]),
        ("He met two of his three brothers.", ["two of his three"]),
        ("One of the four victims was released.", ["four"]),
    ],
)
def test_part_of_a_series_or_one_in_n_is_one_share(nlp, text, claims):
    assert mention_texts(nlp, text) == claims
