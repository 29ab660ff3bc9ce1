"""A small number in a generic case: "When two firms sign a supply deal, the terms are
not published", "If one candidate drops out, the other gains", "As soon as the site blocks one
account, a new one appears". Pure.

In a present-tense "when"/"if"/"once"/"as soon as" clause under a present-tense main clause,
the sentence states what happens in any such case; "one account" and "two businesses" stand
for "an account" and "any two businesses", no count anyone could check (gold README: a claim
asserts something checkable; realgold30, realgold32 golds: "generic (any two businesses)",
"determiner (generic: any one account)"). Only "one" and "two" spelled, as the determiner of
the clause's subject or object; a past clause ("when two gunmen opened fire") tells of an
event, and its figures stay claims.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import GENERIC_CASE_MARKS, GENERIC_CASE_NUMBERS

_PRESENT = frozenset({"VBZ", "VBP"})


def is_generic_case_number(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start:end`` picks any one or two things in a generic case."""
    number = doc[start]
    if end - start != 1 or number.lower_ not in GENERIC_CASE_NUMBERS or number.dep_ != "nummod":
        return False
    noun = number.head
    if noun.dep_ not in ("nsubj", "dobj"):
        return False
    verb = noun.head
    if verb.tag_ not in _PRESENT or verb.dep_ != "advcl":
        return False
    if verb.head.lower_ == "soon":  # "as soon as the site blocks ...": "soon" holds the clause
        return verb.head.head.i != verb.head.i and _is_present(verb.head.head)
    return _opens_a_case(verb) and _is_present(verb.head)


def _opens_a_case(verb: Token) -> bool:
    """ "when ...", "if ...", "once ..." opens the clause of ``verb``."""
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in GENERIC_CASE_MARKS for c in verb.children
    )


def _is_present(verb: Token) -> bool:
    """The main clause is in the present: "the other gains", "the terms aren't published"."""
    if verb.tag_ in _PRESENT:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT for c in verb.children)
