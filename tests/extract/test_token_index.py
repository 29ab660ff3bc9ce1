"""The tokens with given words, read from one array per Doc, are the ones a walk over every
token keeps, in text order (speed17). Texts are invented."""

import pytest

from factcheck.extract.token_index import (
    span_tokens_with_dep,
    span_tokens_with_lower,
    title_tokens,
    tokens_tagged,
    tokens_with_deps,
    tokens_with_lemma,
    tokens_with_lower,
    tokens_with_tag,
)


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


_NAMES_TEXT = (
    "Officer Joey Terrell Jr. said Ann Lee, 24, and Tom Smith of St. Paul were shot. "
    "Lee died; Smith's brother, Dan Smith, told police he saw the man."
)


@pytest.mark.parametrize("tags", [("NNP",), ("NNP", "NNPS"), frozenset({"NN", "VBD"}), ("XX",)])
def test_tokens_with_tag_are_the_tokens_a_walk_keeps(nlp, tags):
    doc = nlp(_NAMES_TEXT)
    walked = [t.i for t in doc if t.tag_ in tags]
    assert [t.i for t in tokens_with_tag(doc, tags)] == walked


def test_title_tokens_are_the_tokens_a_walk_keeps(nlp):
    doc = nlp(_NAMES_TEXT + " NASA and McDonald's spent $5 on iPhones.")
    walked = [t.i for t in doc if t.is_title]
    assert [t.i for t in title_tokens(doc)] == walked
    assert walked  # the text has some


@pytest.mark.parametrize(
    "deps", [("dobj", "poss", "nsubj", "nsubjpass"), ("neg",), frozenset({"appos"}), ()]
)
def test_tokens_with_deps_are_the_tokens_a_walk_keeps(nlp, deps):
    doc = nlp(_NAMES_TEXT + " They did not survive.")
    walked = [t.i for t in doc if t.dep_ in deps]
    assert [t.i for t in tokens_with_deps(doc, deps)] == walked


def test_a_set_of_words_built_per_call_is_read_as_a_frozen_one(blank_nlp):
    doc = blank_nlp("Both men saw him himself and both left.")
    fresh = {"both"} | {"himself"}
    assert [t.i for t in tokens_with_lower(doc, fresh)] == [0, 4, 6]
    assert [t.i for t in tokens_with_lower(doc, frozenset(fresh))] == [0, 4, 6]


def test_span_tokens_with_lower_are_the_span_tokens_a_walk_keeps(nlp):
    doc = nlp(
        "According to police, 4 died. Per the Treasury, it cost $3 per gallon. "
        "Nothing else was said, according to the AP."
    )
    for sent in doc.sents:
        walked = [t.i for t in sent if t.lower_ in ("according", "per")]
        assert [t.i for t in span_tokens_with_lower(sent, ("according", "per"))] == walked
    assert [t.i for t in span_tokens_with_lower(doc[0:0], ("according",))] == []


@pytest.mark.parametrize("dep", ["relcl", "nsubj", "not_a_dep"])
def test_span_tokens_with_dep_are_the_span_tokens_a_walk_keeps(nlp, dep):
    doc = nlp(
        "The woman who police say was shot survived. Officers who arrived found two men "
        "the neighbours had seen. Nothing else was said."
    )
    for sent in doc.sents:
        walked = [t.i for t in sent if t.dep_ == dep]
        assert [t.i for t in span_tokens_with_dep(sent, dep)] == walked
    assert [t.i for t in span_tokens_with_dep(doc[0:0], dep)] == []


@pytest.mark.parametrize(
    "lemmas",
    [
        ("kill", "shoot"),
        frozenset({"say", "be", "man"}),
        ("zyzzyva",),
        (),
        # more lemmas than the text has: the text's lemmas are the ones walked
        tuple(f"word{k}" for k in range(40)) + ("kill", "police"),
    ],
)
def test_tokens_with_lemma_are_the_tokens_a_walk_keeps(nlp, lemmas):
    doc = nlp("Kill Zone: gunman kills two, shoots a man. Police said the men were shot dead.")
    walked = [t.i for t in doc if t.lemma_.lower() in lemmas]
    assert [t.i for t in tokens_with_lemma(doc, lemmas)] == walked
