"""The token under a character offset (doctext.token_at_char), as the headline rules find a
word by a regex over the text. Invented text."""

from __future__ import annotations

import pytest
import spacy

from factcheck.extract.doctext import token_at_char


@pytest.mark.parametrize(
    ("char", "token"),
    [
        (0, "Family"),
        (3, "Family"),  # inside a word: the word that covers it
        (7, "mourns"),
        (20, "death"),
    ],
)
def test_the_token_covering_the_offset_is_found(char, token):
    doc = spacy.blank("en")("Family mourns teen death")
    found = token_at_char(doc, char)
    assert found is not None and found.text == token


@pytest.mark.parametrize("char", [6, 24, 99])
def test_a_space_or_an_offset_past_the_end_has_no_token(char):
    doc = spacy.blank("en")("Family mourns teen death")
    assert token_at_char(doc, char) is None
