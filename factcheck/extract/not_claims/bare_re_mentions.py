"""Bare re-mentions: "All three lived on the block", "the two had a history", "between the two."
Pure.

A small number with no noun of its own after "all" or a definite determiner names again people
or things named before (realgold5, realgold12, realgold14, realgold16 golds: not claims), unless
it says what happened to them ("all four were expected to survive", "the two were shot":
``states_a_casualty``).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    BARE_RE_MENTION_DETERMINERS,
    BARE_RE_MENTION_NUMBERS,
    NAMED_PAIR_CRIME_WORDS,
    RE_MENTION_CASUALTY_VERBS,
    RE_MENTION_OBJECT_HARMS,
)

# "the latter two", "the former three": the ones just named, picked out by their place.
_PLACE_PICKERS = frozenset({"latter", "former"})
# "the two both seemed tired", "the three all worked there" (``_is_floated``).
_FLOATED_QUANTIFIERS = frozenset({"both", "all"})


def is_all_of_them(token: Token) -> bool:
    """ "All three lived on the block", "possibly all four" (a bare "all N" the parse hangs
    on a verb): the people or things counted before, named again."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    return (
        prev is not None
        and prev.lower_ == "all"
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "npadvmod")
        and all(c.dep_ != "prep" or _of_those(c) for c in token.children)
        and not states_a_casualty(token)
    )


def is_the_few_as_a_pronoun(token: Token) -> bool:
    """ "the two had a history", "the five were at the club", "between the two.", "about the
    latter two.": a small spelled number after a definite determiner with no noun of its own
    names again people or things named before (realgold5, realgold12, realgold14, realgold16
    golds: not claims, none a claim), unless it says what happened to them ("the two were
    shot"); a floated "both" or "all" after it changes nothing ("the two both seemed")."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or token.lower_ not in BARE_RE_MENTION_NUMBERS:
        return False
    nxt = doc[token.i + 1]
    before = token.i - 1
    if before > 0 and doc[before].lower_ in _PLACE_PICKERS:
        before -= 1  # "about the latter two.": the ones just named, by their place
    return (
        doc[before].lower_ in BARE_RE_MENTION_DETERMINERS
        and token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "conj")
        and (nxt.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "PUNCT", "ADV") or _is_floated(nxt))
        and nxt.lower_ not in ("-", "of")
        and all(
            c.dep_ in ("det", "predet", "punct", "cc", "conj", "prep")
            or c.lower_ in _PLACE_PICKERS
            or _is_floated(c)
            for c in token.children
        )
        and not states_a_casualty(token)
    )


def _is_floated(word: Token) -> bool:
    """ "the two both seemed tired", "the three all worked there": a floated "both"/"all"
    restates the pair or set, and adds no noun of its own (clm63 pool: "the two both"); not in
    a sentence of a crime or casualty ("the two both suffered wounds"), where it counts."""
    return word.lower_ in _FLOATED_QUANTIFIERS and not any(
        t.lemma_.lower() in NAMED_PAIR_CRIME_WORDS or t.lemma_.lower() in RE_MENTION_OBJECT_HARMS
        for t in word.sent
    )


def states_a_casualty(token: Token) -> bool:
    """ "All four were expected to survive", "all three were found": the subject of a verb of
    casualty, finding or care (or of its complement) counts the casualties again; so does its
    object ("began shooting, hitting all five", "wounding all three"; realgold12 gold)."""
    verb = token.head
    if token.dep_ == "dobj":
        lemma = verb.lemma_.lower()
        return lemma in RE_MENTION_CASUALTY_VERBS or lemma in RE_MENTION_OBJECT_HARMS
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return verb.lemma_.lower() in RE_MENTION_CASUALTY_VERBS or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in RE_MENTION_CASUALTY_VERBS for c in verb.children
    )


def _of_those(prep: Token) -> bool:
    """ "all five of these states", "all three of them": the ones named before."""
    return prep.lower_ == "of" and any(
        o.lower_ in ("them", "these", "those")
        or any(d.lower_ in ("these", "those") for d in o.children)
        for o in prep.children
    )
