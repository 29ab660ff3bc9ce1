"""The tokens with given words, read from one array per Doc, are the ones a walk over every
token keeps, in text order (speed17). Texts are invented."""

import pytest

from factcheck.extract.token_index import tokens_tagged, tokens_with_lower


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("both",), [0, 6]),  # "Both" and "both": the lowercase form
        (("himself", "herself"), [4]),
        (("zyzzyvas",), []),  # a word the vocabulary never saw
        ((), []),
    ],
)
def test_tokens_with_lower_are_the_tokens_a_walk_keeps(blank_nlp, words, expected):
    doc = blank_nlp("Both men saw him himself and both left.")
    walked = [t.i for t in doc if t.lower_ in words]
    assert [t.i for t in tokens_with_lower(doc, words)] == walked == expected


def test_a_dict_of_words_asks_for_its_keys(blank_nlp):
    doc = blank_nlp("Two were shot and one was wounded.")
    found = tokens_with_lower(doc, {"shot": "shot", "wounded": "injured"})
    assert [t.text for t in found] == ["shot", "wounded"]


@pytest.mark.parametrize("pos", ["PROPN", "NOUN", "VERB", "X", "NOT_A_TAG"])
def test_tokens_tagged_are_the_tokens_a_walk_keeps(nlp, pos):
    doc = nlp("Ann Lee, a rescue charity, said 40 people left Dover on Monday.")
    walked = [t.i for t in doc if t.pos_ == pos]
    assert [t.i for t in tokens_tagged(doc, pos)] == walked
