"""subj43 (session 35): a hyphened noun the tokenizer split is named whole, not its first piece."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, word",
    [
        ("The audit found 80 percent of his e-mails were archived.", "80 percent", "e-mails"),
        ("Three of her 15 co-owners sold their stakes last year.", "Three of her 15", "co-owners"),
        ("She has three sisters-in-law in Ohio.", "three", "sisters-in-law"),
    ],
)
def test_a_split_hyphened_noun_is_named_whole(nlp, text: str, figure: str, word: str):
    assert word in subject_of(nlp, text, figure).split()
