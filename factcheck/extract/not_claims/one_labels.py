""" "One" opening a sentence whose noun the parse does not make a clause's subject: a label
before a colon ("One conclusion: it is a bad idea to ..."), a headline fragment ("One policy
that the mayor seems to understand"), a subject named in apposition ("One candidate, Ann Lee,
grew up in the city"). Pure.

These are the remark openers ``one_examples.is_one_opening_a_remark`` reads ("One tunnel was dug
under the port"), in shapes where the parse breaks its subject test: "One" picks one thing out
to talk about and nothing asks how many (tuning golds: "determiner (one meaning 'a')",
"determiner in an enumeration"; fppn41 audit: 5 such openers on 5 allowed PolNeAR articles,
none a figure). A sentence that tells of a casualty, an arrest or care keeps its "One" a
count ("One man, Joe Ruiz, was shot"), as a counted person does ("One victim: ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    CASUALTY_VERBS,
    ONE_KEPT_NOUNS,
    ONE_KEPT_STATES,
    ONE_KEPT_VERBS,
    RE_MENTION_CASUALTY_VERBS,
)

_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
# "One notable trend:": at most this many words between "One" and its noun
_NOUN_REACH = 2


def is_one_opening_a_label(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are a sentence-opening "One" of a label, a headline
    fragment or an appositive-named subject."""
    if end - start != 1 or doc[start].lower_ != "one":
        return False
    one = doc[start]
    if not _opens_its_sentence(one):
        return False
    noun = one.head
    if (
        one.dep_ != "nummod"
        or noun.tag_ not in ("NN", "NNP")
        or not one.i < noun.i <= one.i + _NOUN_REACH
        or noun.lemma_.lower() in ONE_KEPT_NOUNS
    ):
        return False
    if not (_labels(noun) or _heads_a_fragment(noun) or _is_named_in_apposition(noun)):
        return False
    return not _tells_of_a_casualty(one)


def _opens_its_sentence(one: Token) -> bool:
    return one.i == one.sent.start or (
        one.i - 1 == one.sent.start and one.doc[one.i - 1].text in _OPENING_QUOTES
    )


def _labels(noun: Token) -> bool:
    """ "One conclusion:", "One notable trend:": the noun phrase ends at a colon."""
    doc = noun.doc
    return noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":"


def _heads_a_fragment(noun: Token) -> bool:
    """ "One policy that Trump seems to understand.": a verbless headline whose noun carries a
    relative clause."""
    return noun.dep_ == "ROOT" and any(c.dep_ == "relcl" for c in noun.children)


def _is_named_in_apposition(noun: Token) -> bool:
    """ "One candidate, Marco Rubio, bounces ...": a subject with a name in apposition and no
    figure in it (not "One adult male, two adult females and ...")."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    appositions = [c for c in noun.children if c.dep_ == "appos"]
    return bool(appositions) and all(
        a.pos_ == "PROPN" and not any(t.like_num for t in a.subtree) for a in appositions
    )


def _tells_of_a_casualty(one: Token) -> bool:
    for token in one.sent:
        lemma = token.lemma_.lower()
        if token.lower_ in ONE_KEPT_STATES or lemma in ONE_KEPT_VERBS:
            return True
        if lemma in CASUALTY_VERBS or lemma in RE_MENTION_CASUALTY_VERBS:
            return True
    return False
