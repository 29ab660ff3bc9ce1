"""What a change counted in points moves: "the yield on the bond rose 14 basis points", "the
central bank cut its main rate by 75 basis points". The points measure the change of the rate
or yield the verb moves, its object or else its subject, not the unit: the wire golds name the
rate or yield ("yield", "repo rate", "interest rate"; wirex, wire2f, wire2l, wire2m) (gold
README, "subject"). Pure.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import POINT_CHANGE_VERBS, POINT_UNIT_WORDS
from factcheck.extract.subjects.noun_phrases import noun_phrase


def point_change_subject(figure: Span, subject: str) -> str:
    """The rate a change of points moves ("yield on the bond"), or ``subject`` unchanged when
    it names more than the unit or the points change no rate a verb names."""
    if not subject or any(w.lower() not in POINT_UNIT_WORDS for w in subject.split()):
        return subject
    points = figure[-1]
    if points.lower_ not in POINT_UNIT_WORDS:
        points = points.head  # "rose 14 basis points": the span is the number alone
    if points.lower_ not in POINT_UNIT_WORDS or points.i < figure.start:
        return subject
    verb = _change_verb(points)
    if verb is None:
        return subject
    moved = _moved(verb, points)
    if moved is None:
        return subject
    return noun_phrase(moved, after=moved.left_edge.i - 1) or subject


def _change_verb(points: Token) -> Token | None:
    """The verb whose change the points size: "rose 14 points", "cut ... by 75 points"."""
    if points.dep_ in ("dobj", "npadvmod"):
        verb = points.head
    elif points.dep_ == "pobj" and points.head.lower_ == "by" and points.head.dep_ == "prep":
        verb = points.head.head
    else:
        return None
    return verb if verb.lemma_.lower() in POINT_CHANGE_VERBS else None


def _moved(verb: Token, points: Token) -> Token | None:
    """The verb's object other than the points, else its subject, when a common noun (not
    "Lind gained four points": a candidate's standing, read as poll support)."""
    for deps in (("dobj",), ("nsubj", "nsubjpass")):
        for child in verb.children:
            if child.dep_ in deps and child != points and child.pos_ == "NOUN":
                return child
    return None
