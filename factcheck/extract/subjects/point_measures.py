"""What a figure in points measures when no margin verb holds it (subj47, issue 11).

Poll stories give leads, ratings and their changes in points: "22 points behind Mr. Lee",
"just 2.5 ahead of Ms. Ruiz", "a net positive of nine points", "her net positive is just two
points", "her negatives outweigh her positives by 24 points", "her lead has dropped ... to the
current two points". The rules named these "points", the unit alone, which says what kind of
figure it is but not what it measures. The gold README names the measured quantity ("the
counted thing or measured quantity, with its qualifiers"), and the real golds name it here:
realgold24 gives "behind"/"margin", "ahead"/"margin", "net positive", "negative ratings"/
"outweigh", "lead" for these shapes. The figure measures:

- a lead or deficit when "ahead" or "behind" follows it, whatever the parse made of the words
  ("22 points behind", "2.5 ahead of": a margin in points, as ``point_margins.py`` names "16
  points ahead of Trump" when the parse hangs "ahead" on the points);
- the noun whose "of" holds the points ("a net positive of nine points", "a lead of six
  points");
- the subject of the "be" whose complement the points are ("her net positive is two points");
- the subject of a verb that holds "by N points" and is no margin verb, with the verb ("her
  negative ratings outweigh her positives by 24 points": "negative ratings outweigh"), or the
  noun a possessive subject leaves out, from the clause it parallels ("Ruiz's standing rose by
  two points while Lee's fell by three points": "Lee standing"; the README's ellipsis row);
- the subject of the verb a change from or to N points hangs on ("her lead has dropped from
  ... to the current two points": "lead"; "her net positive is two points, down from plus 21
  points": "net positive").

A pronoun, a name or a figure's own word as that noun says nothing of what is measured and is
left to the other rules ("Lee's fell by three points", "it is six points"). Pure.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import AVERAGE_HEADS, POINT_WORDS
from factcheck.extract.subjects.clause_subjects import verb_subject
from factcheck.extract.subjects.noun_phrases import noun_phrase

# how far ahead of or behind someone, in points ("lead margin in points" as point_margins.py
# names "16 points ahead of Trump")
MARGINS_IN_POINTS = {"ahead": "lead margin in points", "behind": "margin behind in points"}
_CLIMB = 4  # heads up to the verb of change: "to" -> "advantage" -> "was" -> "from" -> "dropped"


def points_ahead(figure: Span) -> str:
    """ "lead margin in points" (or "margin behind in points") for a figure right before "ahead"
    or "behind" in a sentence that counts points ("22 points behind Mr. Lee", "and just 2.5
    ahead of Ms. Ruiz"); else ''.

    Args:
        figure: a figure's span, number and unit.
    """
    doc = figure.doc
    if figure.end >= len(doc) or doc[figure.end].lower_ not in MARGINS_IN_POINTS:
        return ""
    margin = MARGINS_IN_POINTS[doc[figure.end].lower_]
    unit = figure[-1]
    if unit.lower_ in POINT_WORDS:
        return margin
    if len(figure) == 1 and unit.like_num and any(t.lower_ in POINT_WORDS for t in unit.sent):
        return margin  # the unit left out after "22 points behind ..."
    return ""


def measured_in_points(points: Token) -> str:
    """The noun phrase a figure in points measures, from the words that hold the points; ''.

    Args:
        points: the "points" word of a figure.
    """
    if points.lower_ not in POINT_WORDS:
        return ""
    head = points.head
    if points.dep_ == "pobj" and head.lower_ == "of":
        return _common_noun(head.head)  # "a net positive of nine points"
    if points.dep_ == "attr" and head.lemma_ == "be":
        return _common_noun(_own_subject(head))  # "her net positive is just two points"
    if points.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ == "VERB":
        verb = head.head
        doer = _common_noun(verb_subject(verb))
        if doer:
            return f"{doer} {verb.text}"  # "negative ratings outweigh"
        return _possessed_before(_own_subject(verb))  # "while Lee's fell by three points"
    if points.dep_ in ("pobj", "npadvmod") and head.lower_ in ("to", "from"):
        # "her lead has dropped from ... to the current two points", "her net positive is
        # two points, down from plus 21 points"
        return _changed(head)
    return ""


def _changed(prep: Token) -> str:
    """The subject of the verb a change from or to a figure in points hangs on, or ''.

    A change says both ends: "dropped from ... to N points", "fell from N points to ..." (a
    verb over the one holds the other), or moves: "is two points, down from N points" (the
    "from" hangs on "down" or "up").
    """
    token, moved = prep, False
    for _ in range(_CLIMB):
        moved = moved or token.lower_ in ("up", "down")
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        other = "to" if prep.lower_ == "from" else "from"
        ends = any(c.dep_ == "prep" and c.lower_ == other for c in token.children)
        if ends or moved and prep.lower_ == "from":
            return _common_noun(_own_subject(token))
    return ""


def _possessed_before(owner: Token | None) -> str:
    """ "Ruiz's standing rose by two points while Lee's fell by three points": a possessive
    subject with its noun left out owns the noun an earlier subject in its sentence names
    ("Lee standing"); '' for any other subject."""
    if owner is None or not any(c.dep_ == "case" for c in owner.children):
        return ""
    for token in owner.sent[: owner.i - owner.sent.start]:
        owned = token.head
        if token.dep_ == "poss" and owned.dep_ in ("nsubj", "nsubjpass") and owned.pos_ == "NOUN":
            return f"{owner.text} {noun_phrase(owned, after=owned.left_edge.i - 1)}"
    return ""


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject, whatever the tagger made of it ("her net positive is", with
    "positive" read as an adjective)."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _common_noun(noun: Token | None) -> str:
    """A common noun's phrase ("net positive", "negative ratings"); '' for a pronoun, a name, a
    unit or an average (whose own "of" or clause says what is measured)."""
    if noun is None or noun.pos_ not in ("NOUN", "ADJ") or noun.ent_type_:
        return ""
    if noun.lower_ in POINT_WORDS or noun.lower_ in AVERAGE_HEADS:
        return ""
    return noun_phrase(noun, after=noun.left_edge.i - 1)
