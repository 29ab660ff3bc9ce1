"""Pairs of casualties named by "both" and a casualty word, whatever their clause says. Pure.

"Both victims were teenagers", "Both of the deceased were acquainted": the word "victim" or
"deceased" is itself the casualty, so the pair is an implied 2 (realgold3, realgold5 and
realgold10 golds count them; 7 of GVA's 229 articles have the shape). A clause with its own
casualty verb ("Both victims survived") is ``implied.py``'s; a possessive ("Both victims'
injuries") or an object names no pair of its own.

Each yields (start char, end char, measure, casualty noun, the clause's verb).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import CASUALTY_PERSON_MEASURES
from factcheck.extract.token_index import tokens_with_lower

VictimPair = tuple[int, int, str, Token, Token]  # start char, end char, measure, noun, verb

_SUBJECTS = ("nsubj", "nsubjpass")


def find_victim_pairs(doc: Doc) -> Iterator[VictimPair]:
    """Yield "Both victims" and "Both of the deceased" as subjects: 2 casualties each."""
    for both in tokens_with_lower(doc, ("both",)):
        if both.lower_ != "both":
            continue
        people = _casualty_people(both)
        if people is None:
            continue
        measure = CASUALTY_PERSON_MEASURES[people.lemma_.lower()]
        start, end = both.idx, people.idx + len(people.text)
        clause = people.head if people.dep_ in _SUBJECTS else both.head
        yield start, end, measure, people, clause


def _casualty_people(both: Token) -> Token | None:
    """The casualty word "both" counts: "Both victims" (det) or "Both of the deceased"."""
    if both.dep_ in ("det", "predet"):
        noun = both.head
        if noun.i > both.i and noun.dep_ in _SUBJECTS and noun.tag_ == "NNS":
            return noun if noun.lemma_.lower() in CASUALTY_PERSON_MEASURES else None
        return None
    if both.dep_ not in _SUBJECTS:
        return None
    for prep in both.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == both.i + 1:
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in CASUALTY_PERSON_MEASURES:
                    return noun
    return None
