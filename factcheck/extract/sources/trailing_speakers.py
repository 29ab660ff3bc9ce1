"""A speaker the sentence closes with that the parse hung away from the figure: "Nigeria
recorded 3,412 cases, of which 1,187 were confirmed, and 96 deaths, the Nigeria Centre for
Disease Control (NCDC) said in its latest report." The parse reads the closing "said" as a
conjunct of a clause inside the sentence (or of the main verb, its subject a conjunct of the
list), so the figure's path up the tree meets no attribution. A sentence that ends ", X said"
(gold README, "Source kinds": the source is who gives the figure) is X's, as it is when the
parse hangs the verb right.

Evidence: tests/wire2e (e_2, three figures to the NCDC); the same sentence without the list
or the bracketed acronym parses right and was already the NCDC's. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.sources.reporting_verbs import is_reporting_verb

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# What may follow a closing reporting verb: where, when and how it was said ("said in its
# latest report, published on Thursday", "told AFP on Friday"), no clause of its own.
_CLOSING_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct", "dobj", "agent"})
_SPEAKER_POS = frozenset({"NOUN", "PROPN"})


def closing_speaker(number: Token) -> Token | None:
    """The head of the ", X said ..." phrase that closes the figure's sentence, when the parse
    does not put that verb over the figure; None otherwise."""
    sent = number.sent
    for verb in sent:
        if verb.i <= number.i or verb.tag_ not in _FINITE_TAGS or not is_reporting_verb(verb):
            continue
        if verb in number.ancestors or verb.dep_ not in ("conj", "ccomp", "parataxis"):
            return None
        if any(c.dep_ not in _CLOSING_DEPS and c.dep_ not in ("nsubj", "cc") for c in verb.rights):
            return None  # "... and X said 40 more were missing": a report of its own
        if any(c.dep_ == "cc" for c in verb.children):
            return None  # "... and said it would ...": a conjunct, not a closing attribution
        if any(t.i > verb.i and (t.like_num or t.pos_ == "NUM") for t in verb.subtree):
            return None
        return _speaker_before(verb)
    return None


def _speaker_before(verb: Token) -> Token | None:
    """The noun phrase between the last comma and ``verb`` ("the X Centre (XC)"): its head."""
    doc = verb.doc
    end = verb.i
    if doc[end - 1].text == ")":  # a bracketed acronym after the name: left out
        opening = next((i for i in range(end - 2, max(end - 5, 0), -1) if doc[i].text == "("), None)
        if opening is None:
            return None
        end = opening
    comma = next((i for i in range(end - 1, max(end - 16, 0), -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= end:
        return None
    phrase = doc[comma + 1 : end]
    heads = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end) or t.head == t]
    if len(heads) != 1 or heads[0].pos_ not in _SPEAKER_POS:
        return None
    head = heads[0]
    if head.left_edge.i < phrase.start:
        return None
    if head.ent_type_ not in ("ORG", "PERSON", "GPE", "NORP") and not head.is_title:
        return None
    return head
