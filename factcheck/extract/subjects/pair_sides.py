"""The second figure of a pair counts for the other side: "handle Lakeview 62-52", "Officers
favored Lee 46 percent to 32 percent", "within 5 points of Lee (35-30)". Pure.

Issue 11: in a pair of figures joined by "to" or a dash, the first counts for one side of the
clause and the second for the other (real golds: "52" in "handle Wichita State 62-52" names
Wichita State, "32 percent" in "Officers favored Trump 46 percent to 32 percent" names the
officers, not Trump). When the subject found for the second figure names a side that is an
argument of the pair's clause, the first figure holds that side: the second takes the clause's
other argument. A side given with "for" ("40 percent for Lee") is the figure's own and is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import (
    OPINION_VERBS,
    PAIR_SIDE_LABELS,
    PAIR_SIDE_PREPS,
    PERCENT_WORDS,
    POINT_WORDS,
    TALLY_RANGE_OPENERS,
)
from factcheck.extract.subjects.noun_phrases import NOUNS, noun_phrase
from factcheck.model import Claim

# the first figure and the join, right before the second: "46 percent to ", "62-", "35 - "
_FIRST_OF_PAIR = re.compile(r"\d[\d,.]*\s*(?:%|percent)?\s*(?:to|-|–|-to-)\s*$", re.IGNORECASE)
_SUBJECTS = ("nsubj", "nsubjpass")
# a verb and the heads above the figure that may hold the pair's sides
_MAX_STEPS = 8


def give_pair_sides(doc: Doc, figures: Sequence[Span], claims: Sequence[Claim]) -> list[Claim]:
    """The claims, the second figure of each pair given the side the first does not hold.

    Done after every subject is found, so that a figure after the pair that takes its subject
    from the one before ("while others favored Lee 58 percent to 21 percent") is unchanged.

    Args:
        doc: the parsed article.
        figures: the figure (number and unit) of each claim, in the order of ``claims``.
        claims: the article's claims from its figures, in text order.
    """
    out = list(claims)
    for i, (figure, claim) in enumerate(zip(figures, claims, strict=True)):
        first = claims[i - 1] if i else None
        side = other_side(doc, figure, claim.subject, first=first)
        if side:
            out[i] = replace(claim, subject=side)
    return out


def other_side(doc: Doc, figure: Span, subject: str, *, first: Claim | None = None) -> str:
    """The clause's other side for the second figure of a pair whose ``subject`` names the
    side the first figure holds, else ''.

    The first figure holds the side its own subject names ("within 5 points of Lee (35-30)":
    Lee's is 35); failing that, the side the verb gives it: the object of a verb of preference
    ("Nurses favored Lee 44 percent to 31 percent": 44 is Lee's, 31 the nurses' other choice),
    else the subject ("Hartfield routed Northgate 71-58": 58 is Northgate's).

    Args:
        doc: the parsed article.
        figure: the second figure of the pair (its number and unit).
        subject: the subject found for it so far.
        first: the claim before it, which may be the pair's first figure.
    """
    if not subject:
        return ""
    pair_start = first_of_pair(doc, figure)
    if pair_start < 0:
        return ""
    verb, agent, objects = pair_clause(figure[0])
    sides = [*objects, *([agent] if agent is not None else [])]
    words = set(subject.split())
    if first is not None and first.start == pair_start:
        both = words & set(first.subject.split())
        # a name both figures give, not a group both count ("Democrats favored Lee, 72 to 8")
        held = [s for s in sides if s.text in both and s.ent_type_ in PAIR_SIDE_LABELS]
        if held:
            return _phrase(next((s for s in sides if s not in held), None))
    if verb is not None and verb.lemma_.lower() in OPINION_VERBS:
        named = any(_names(words, s) for s in objects)
        return _phrase(agent) if named else ""
    named = agent is not None and _names(words, agent) and agent.ent_type_ in PAIR_SIDE_LABELS
    return _phrase(objects[0]) if named and objects else ""


def _names(words: set[str], side: Token) -> bool:
    """True if ``words`` name the side: a name ("Lee") or a subject ("Nurses")."""
    return side.text in words and (
        side.pos_ == "PROPN" or side.ent_type_ in PAIR_SIDE_LABELS or side.dep_ in _SUBJECTS
    )


def _phrase(side: Token | None) -> str:
    return noun_phrase(side, after=side.left_edge.i - 1) if side is not None else ""


def first_of_pair(doc: Doc, figure: Span) -> int:
    """Where the first figure of the pair starts (a character offset), or -1."""
    text = doc_text(doc)
    before = text[max(0, figure.start_char - 24) : figure.start_char]
    found = _FIRST_OF_PAIR.search(before)
    if found is None:
        return -1
    start = figure.start_char - len(before) + found.start()
    opener = [t for t in figure.sent if t.idx + len(t) <= start]
    # "from 40 to 52", "between 20 and 30", "ages 18 to 39": a change or a range
    return -1 if opener and opener[-1].lower_ in TALLY_RANGE_OPENERS else start


def pair_clause(token: Token) -> tuple[Token | None, Token | None, list[Token]]:
    """The verb over the pair, its subject (of the first verb up that has one) and the names
    set against it, nearest first: nouns the pair hangs on through "of"/"over", the verb's
    object, or a name inside a figure that is its object ("favored Lee 46 percent")."""
    verb: Token | None = None
    objects: list[Token] = []
    for _ in range(_MAX_STEPS):
        if token.head == token:
            break
        child, token = token, token.head
        if token.pos_ in NOUNS and child.dep_ != "nummod" and _is_side(token):
            objects.append(token)
        if token.pos_ not in ("VERB", "AUX"):
            continue
        verb = verb or token
        for arg in token.children:
            if arg.dep_ == "dobj":
                objects += [n for n in (arg, *arg.children) if _is_side(n) and n.i != child.i]
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS and c.pos_ in NOUNS]
        if subjects:
            named = [_whole_name(o) for o in objects if o.dep_ not in _SUBJECTS]
            return verb, subjects[0], list(dict.fromkeys(named))
    return verb, None, list(dict.fromkeys(_whole_name(o) for o in objects))


def _whole_name(token: Token) -> Token:
    """The head of a name: "State" for "Wichita" in "Wichita State"."""
    while token.dep_ == "compound" and token.head.pos_ == "PROPN":
        token = token.head
    return token


def _is_side(token: Token) -> bool:
    """A name ("Lee", "Wichita State") or a clause's subject ("Officers favored ..."), not a
    unit ("percent") or a thing ("closing the gap")."""
    if token.pos_ not in NOUNS or token.like_num or token.lower_ in PERCENT_WORDS | POINT_WORDS:
        return False
    if token.dep_ in _SUBJECTS:
        return True
    if token.pos_ != "PROPN":
        return False
    prep = token.head
    if token.dep_ == "pobj":
        return prep.lower_ in PAIR_SIDE_PREPS
    return token.dep_ in ("dobj", "nmod", "compound", *_SUBJECTS)
