"""The person a casualty's "he" or "she" stands for, named in the sentence before (impl43,
session 35). Pure.

"Police said the victim was Ann Reed. She was killed at home", "The second accident happened
when a man fell from his tree stand. He was taken to a hospital": local news names the person
in one sentence and says what happened to them in the next, with a pronoun. The gold counts
the person where they are named (realgold3 "the victim", realgold19 "a man"; gold README
"Implied counts", as ``find_antecedents`` does within one sentence). Only where the pronoun's
sentence names no one before it, and the sentence before names exactly one person the
pronoun may stand for (a name, or a singular person noun or age with an article or owner),
not counted already; never from a headline or in a quotation.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span, Token

from factcheck.extract.implied.named_victims import is_named
from factcheck.extract.implied.person_shapes import is_age_word
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    FEMALE_PERSON_NOUNS,
    MALE_PERSON_NOUNS,
    REPORTING_VERBS,
)

_SINGULAR = frozenset({"he", "she", "him", "her"})
# the places a person mention may hold in the sentence before: its subject ("the victim was
# Ann Reed", "a man fell"), its object ("Officers found a man"); not a name after "was" or "as"
# (the same person again: "the victim was Ann Reed" is one person)
_MENTION_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_QUOTES = frozenset({'"', "“", "”"})


def previous_antecedent(
    pronoun: Token, names: Container[str], seen: Container[int], *, after: int
) -> Token | None:
    """The one person ``pronoun`` (a casualty's "he"/"she") stands for in the sentence before
    its own, or None.

    Args:
        pronoun: the pronoun a casualty predicate counts.
        names: the words of the people the article names (``PersonNames``).
        seen: token indices of the people counted already.
        after: the character offset the sentence before must start after (the headline's end).
    """
    if pronoun.lower_ not in _SINGULAR or pronoun.tag_ != "PRP":
        return None
    sent = pronoun.sent
    if sent.start == 0 or _names_before(pronoun, names):
        return None
    previous = _sentence_before(sent)
    if previous is None or previous.start_char <= after or _quoted(previous, sent):
        return None
    other = FEMALE_PERSON_NOUNS if pronoun.lower_ in ("he", "him") else MALE_PERSON_NOUNS
    candidates = [
        t
        for t in previous
        if t.dep_ in _MENTION_DEPS
        # not who tells it ("Police said the victim was Ann Reed"); who is found is ("Officers
        # found a man in a car")
        and not (t.dep_ == "nsubj" and t.head.lemma_.lower() in REPORTING_VERBS)
        and (is_named(t, names) or _person_noun(t))
        and t.lemma_.lower() not in other
    ]
    if len(candidates) != 1 or candidates[0].i in seen:
        return None
    return candidates[0]


def _names_before(pronoun: Token, names: Container[str]) -> bool:
    """The pronoun's own sentence names a person before it (that person is the pronoun's)."""
    return any(
        is_named(t, names) or _person_noun(t) or t.pos_ == "PRON" and t.lower_ in _SINGULAR
        for t in pronoun.doc[pronoun.sent.start : pronoun.i]
    )


def _person_noun(token: Token) -> bool:
    """ "the victim", "a man", "her son", "a 16-year-old": one person with an article or owner."""
    if not any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    if token.lower_ == "old":
        return is_age_word(token)
    return token.tag_ == "NN" and token.lemma_.lower() in CASUALTY_PERSON_NOUNS


def _sentence_before(sent: Span) -> Span | None:
    """The sentence before ``sent`` with words in it (a paragraph break may stand alone)."""
    doc = sent.doc
    start = sent.start
    while start > 0:
        previous = doc[start - 1].sent
        if any(not t.is_space for t in previous):
            return previous
        start = previous.start
    return None


def _quoted(previous: Span, sent: Span) -> bool:
    """A quotation in either sentence: its "he" may stand for someone the speaker means."""
    return any(t.text in _QUOTES for t in sent.doc[previous.start : sent.end])
