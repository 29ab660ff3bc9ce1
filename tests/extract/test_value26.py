"""value26 (session 26): a share's value is whole when the fraction ends within six places."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions.share_values import parse_share


@pytest.mark.parametrize(
    "words, value",
    [
        (["1", "in", "64"], 0.015625),
        (["3", "in", "16"], 0.1875),
        (["one", "in", "eight"], 0.125),
        (["a", "third"], 0.333),
        (["two", "of", "the", "seven"], 0.286),
    ],
)
def test_a_share_is_whole_when_it_ends_and_three_places_when_it_repeats(words, value):
    assert parse_share(words) == value
