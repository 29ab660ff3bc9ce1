""" "One" that picks out a person or an example: "One woman knelt at the candles", "One such
politician", "In one bizarre instance", "One tunnel was dug under ..." Pure.

A single person acting, an example or a bare minimum ("if even one load gets through"), and a
sentence's opening "One" + its subject pick one thing out to talk about and count nothing
(realgold5, realgold10, realgold12, realgold14, realgold16 golds), unless its clause says what
happened to people ("One man was killed").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    ONE_EXAMPLE_NEXT,
    ONE_EXAMPLE_PREV,
    ONE_KEPT_NOUNS,
    ONE_KEPT_STATES,
    ONE_KEPT_VERBS,
    ONE_PERSON_EVENT_LEMMAS,
    PERSON_NOUNS,
    RE_MENTION_CASUALTY_VERBS,
    TIME_UNITS,
)

# marks a sentence may open with before its first word
_SENTENCE_OPENING_MARKS = frozenset({'"', "“", "'"})


def is_one_person_acting(token: Token) -> bool:
    """ "One woman knelt at the candles", "wondered one neighbor": a person, not a count."""
    noun = token.head
    verb = noun.head
    return (
        token.dep_ == "nummod"
        and noun.lower_ in PERSON_NOUNS
        and (noun.dep_ == "nsubj" or noun.dep_ == "dobj" and _after_a_quote(verb))
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in ONE_PERSON_EVENT_LEMMAS
    )


def _after_a_quote(verb: Token) -> bool:
    """' "...," wondered one neighbor': an inverted reporting verb right after a quote."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is not None and before.is_quote


def is_one_opening_an_instance(token: Token) -> bool:
    """ "In one bizarre instance, he ...", "In one email exchange, ...": a sentence opening
    "In one" + a noun picks out an example (realgold12, realgold14, realgold16 golds: not
    claims); "In one day, we raised $18,000" measures time, and is a figure."""
    doc = token.doc
    if token.i < 1 or doc[token.i - 1].text != "In" or token.dep_ not in ("nummod", "det"):
        return False
    opener = doc[token.i - 1]
    counted = token.head
    return (
        (opener.i == opener.sent.start or doc[opener.i - 1].text in ('"', "“", "'"))
        and counted.pos_ == "NOUN"
        and counted.i > token.i
        and counted.lemma_.lower() not in TIME_UNITS
    )


def is_one_as_an_example(token: Token) -> bool:
    """ "One such politician was ...", "one or more journalists", "if even one load gets
    through", "just one example", "only one factor among many": "one" that picks out an
    example or a bare minimum, not a count."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ONE_EXAMPLE_NEXT:
        return True
    if nxt is not None and nxt.lower_ == "or" and token.i + 2 < len(doc):
        return doc[token.i + 2].lower_ == "more"
    return token.i > 0 and doc[token.i - 1].lower_ in ONE_EXAMPLE_PREV


def is_one_opening_a_remark(token: Token) -> bool:
    """ "One tunnel was dug under ...", "One Sanders-endorsed candidate to watch is ...", "One
    woman knelt and sobbed": a sentence's opening "One" + its subject picks one thing out to
    talk about (realgold5, realgold10, realgold12 golds: not claims; none of 28 in PolNeAR's even
    half a figure), also after a quote mark, or a bracket that opens a sentence of its own
    ("(One notable exception was ...)", realgold50 gold), unless its clause says what happened
    to people ("One man was killed", "One suspect is in custody", "One victim is critical",
    "One bullet struck his daughter")."""
    doc = token.doc
    if (
        token.i != token.sent.start
        and doc[token.i - 1].text not in _SENTENCE_OPENING_MARKS
        and not _opens_a_bracketed_sentence(token)
    ):
        return False
    counted = token.head
    if token.dep_ != "nummod" or counted.tag_ not in ("NN", "NNP") or counted.i < token.i:
        return False
    if counted.dep_ not in ("nsubj", "nsubjpass") or counted.lemma_.lower() in ONE_KEPT_NOUNS:
        return False
    if any(
        c.dep_ in ("conj", "appos") or c.dep_ == "prep" and any(o.like_num for o in c.children)
        for c in counted.children
    ):
        return False  # "One adult male, two adult females and ...", "One crate in five"
    verb = counted.head
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("conj", "xcomp"))]
    return not any(
        v.lemma_.lower() in ONE_KEPT_VERBS
        or v.lemma_.lower() in RE_MENTION_CASUALTY_VERBS
        or any(c.lower_ in ONE_KEPT_STATES for c in v.children)
        or any(
            o.lower_ in ONE_KEPT_STATES for c in v.children if c.dep_ == "prep" for o in c.children
        )
        for v in verbs
    )


def _opens_a_bracketed_sentence(token: Token) -> bool:
    """ "... job losses. (One notable exception was ...)": a bracket that opens a sentence,
    not an aside inside one ("three were hurt (one critically)")."""
    doc = token.doc
    i = token.i
    if i < 1 or doc[i - 1].text != "(":
        return False
    return i - 1 == doc[i - 1].sent.start or i < 2 or doc[i - 2].text in (".", "!", "?")
