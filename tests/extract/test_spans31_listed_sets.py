"""spans31 (session 25): a set named again right after it is listed counts nothing."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, claims",
    [
        ("She must carry Georgia or Arizona, the two swing prizes left in May.", []),
        ("In Maine and Vermont, the two smallest markets, sales fell 4 percent.", ["4 percent"]),
        (
            "Police said Tom Lee and Ann Roe, the two victims, were taken to County General.",
            ["two"],
        ),
        ("He won Georgia and Arizona, the three swing prizes of the night.", ["three"]),
        ("In April, Kansas and Iowa, the two farm states, voted against it.", []),
        ("After the vote, Kansas, Iowa and Utah, the two farm states, sued.", ["two"]),
    ],
)
def test_a_listed_set_named_again_is_a_re_mention(nlp, text, claims):
    assert mention_texts(nlp, text) == claims
