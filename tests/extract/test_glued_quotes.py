"""A closing quote glued to the next sentence ('my baby."Amiracle was shot') is split off the
word after it (glued_quotes.py): the name is a name again and its casualty is counted.
Invented sentences; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Her aunt said, "I miss her."Dana was shot and killed on Elm Street.', "Dana"),
        ("He told reporters “we will find him.”Officers said the man was found.", "Officers"),
        ('"It was awful!"The clerk said the store closed.', "The"),
    ],
)
def test_word_after_a_glued_closing_quote_is_its_own_token(nlp, text, word):
    assert word in [token.text for token in nlp(text)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ('Her mother said, "I miss my baby."Kayla Reed was shot and killed at home.', "Kayla Reed"),
        ('"We are heartbroken."A 3-year-old girl was shot and killed Sunday.', "A 3-year-old girl"),
        ("He said “it was chaos.”Jon Bale was shot in the leg, police said.", "Jon Bale"),
    ],
)
def test_people_after_a_glued_closing_quote_are_counted_whole(nlp, text, people):
    assert people in [c.text for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    "text",
    ['He called it a "Big" deal.', 'The U.S."A" team won.', 'She said, "Hi." Then she left.'],
)
def test_quotes_not_glued_between_sentences_keep_their_tokens(nlp, text):
    quotes = [t.text for t in nlp(text) if t.text in {'"', "“", "”"}]
    assert len(quotes) == text.count('"')
