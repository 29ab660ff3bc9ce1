"""A bare count set off by a dash after a noun counts that noun: "a group of boosters - 34, to
be exact", "a deluge of comments - nearly 300,000 in all", "the young men and women -- about 20
of them --" (session 33, `subjB41`). Pure.

The figure has no noun of its own, so the parse hangs it on the verb or takes it for an
ellipsis of the figure before it; the dash says it re-states the size of the noun it follows.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.lexicon import COLLECTIVE_HEADS, DASH_TOKENS, PERCENT_WORDS, POINT_WORDS
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.noun_phrases import head_phrase

# what may follow the bare count before the dash closes or the sentence goes on: "34, to be
# exact", "300,000 in all", "20 of them --"
_AFTER_BARE = frozenset({",", ".", ";", ")", "in", "of", "--", "-", "—", "–"})


def dash_anchor(doc: Doc, mention: Mention) -> str:
    """The noun phrase a bare count right after a dash re-states the size of, or ''.

    Not a count with a noun of its own ("- 34 people"), money ("- $5 million -", what was
    spent is not the noun before), a name before the dash ("Obama - 332": a tally), or a
    number after a number ("3-2-1").
    """
    if mention.start < 2 or doc[mention.start - 1].text not in DASH_TOKENS:
        return ""
    figure = doc[mention.figure[0] : mention.figure[1]]
    if not all(t.like_num for t in figure) or any(
        "$" in t.text for t in doc[mention.start : mention.end]
    ):
        return ""
    if mention.end < len(doc) and not _bare_after(doc, mention.end):
        return ""
    noun = doc[mention.start - 2]
    if noun.pos_ != "NOUN" or noun.sent != doc[mention.start].sent:
        return ""
    if any(c.dep_ == "nummod" for c in noun.children):
        return ""  # "Four people — three of them teenagers": a part of a counted whole
    if noun.lower_ in PERCENT_WORDS or noun.lower_ in POINT_WORDS:
        return ""  # "one-half of 1 percent -- 212,205 to 210,424 votes": another figure's unit
    return _counted(noun)


def _bare_after(doc: Doc, i: int) -> bool:
    """True if token ``i``, right after the count, leaves it bare: "34, to be exact", "300,000
    in all"; not "212,205 to 210,424 votes" (a tally with its noun further on)."""
    word = doc[i].lower_
    if word == "to":
        return i + 1 < len(doc) and doc[i + 1].lower_ == "be"
    return word in _AFTER_BARE


def _counted(noun: Token) -> str:
    """ "group of Trump boosters" -> "Trump boosters"; "comments from the public" ->
    "comments"; a noun the phrase before the dash ends on, inside an "of" ("a deluge of
    comments from the public"), is taken up to its collective head's object."""
    head = noun
    while head.dep_ == "pobj" and head.head.dep_ == "prep":
        owner = head.head.head
        if owner.lower_ in COLLECTIVE_HEADS and head.head.lower_ == "of":
            return _of_object(owner) or head_phrase(head, after=head.left_edge.i - 1)
        if owner.pos_ != "NOUN":
            # "got 13 million votes in the primary process - 13.3 million to be exact": a
            # phrase on the verb, not the noun the count re-states
            return ""
        head = owner
    if head.lower_ in COLLECTIVE_HEADS:
        return _of_object(head) or head_phrase(head, after=head.left_edge.i - 1)
    if head.tag_ not in ("NNS", "NNPS"):
        return ""  # a count re-states a plural ("boosters", "comments"), not "the process"
    if head.dep_ == "conj" and head.head.pos_ == "NOUN":
        # "the young men and women -- about 20 of them": the whole coordination
        first = head_phrase(head.head, after=head.head.left_edge.i - 1)
        return f"{first} and {head.text}"
    return head_phrase(head, after=head.left_edge.i - 1)


def _of_object(head: Token) -> str:
    """ "group of Trump boosters" -> "Trump boosters", with the compounds before the noun."""
    objects = [o for o in prep_objects(head, "of") if o.pos_ == "NOUN"]
    return head_phrase(objects[0], after=objects[0].left_edge.i - 1) if objects else ""
