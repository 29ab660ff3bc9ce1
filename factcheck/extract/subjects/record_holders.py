"""The record a span "in N years" is measured against, where the parse hangs the span away
from it: "the biggest march of workers and retirees in a decade" (on "retirees"), "the
strongest to hit the coast in six years" (on "hit"), "the highest at that hour in 15 years" (a
superlative standing for its noun). The gold README counts such spans as claims ("the slowest
rate in 13 years"); what they measure is the record, as the golds name it ("biggest
mobilisation", "strongest" with "storm", "highest" with "turnout": tests/wireb, wiref, wireg,
session 65), not the unit alone or the verb the parse chose.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import RECORD_MODIFIERS

_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def record_holder(owner: Token) -> str:
    """The record phrase above the token an "in N years" span hangs on, or ''.

    Climbs from the span's head through a conjunct, an "of" object and a relative clause or
    infinitive on the record: "retirees" -> "biggest mobilisation", "hit" -> "strongest
    storm" (the superlative with the noun its copula's subject names), "highest" ->
    "highest" (a pronoun subject names nothing).
    """
    token = owner
    for _ in range(4):
        copula = token.head
        while token.dep_ == "conj" and copula.dep_ == "conj":
            copula = copula.head
        if (
            token.tag_ == "JJS"
            and token.dep_ in ("attr", "acomp", "conj")
            and copula.lemma_ == "be"
        ):
            # "was the first to ... and the strongest to ...": a conjunct of the copula too
            return _superlative_with_subject(token, copula)
        if token.pos_ == "NOUN" and token is not owner and _is_record(token):
            return _record_phrase(token)
        if token.dep_ == "conj":
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head
        elif token.dep_ in ("relcl", "acl") and token.pos_ == "VERB":
            token = token.head
        else:
            return ""
    return ""


def _is_record(noun: Token) -> bool:
    return any(c.tag_ == "JJS" or c.lower_ in RECORD_MODIFIERS for c in noun.lefts)


def _record_phrase(noun: Token) -> str:
    """ "the biggest mobilisation", "primary turnout": the noun with its modifiers before it."""
    left = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and t.i < noun.i]
    start = min((t.i for t in left), default=noun.i)
    return noun.doc[start : noun.i + 1].text


def _superlative_with_subject(superlative: Token, copula: Token) -> str:
    """ "The storm was the strongest" -> "strongest storm"; "That is the highest" ->
    "highest"."""
    subjects = [c for c in copula.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects or subjects[0].pos_ != "NOUN":
        return superlative.lower_
    # "their primary turnout was the second highest" -> "highest primary turnout"
    return f"{superlative.lower_} {_record_phrase(subjects[0])}"
