"""Coordinated people a reduced participle follows: "Police identified a man and a woman shot
dead in an apartment", "the names of the 30-year-old man and the 5-year-old boy killed
Sunday". Pure.

The parse hangs the participle on the last person only, so one person was counted where the
text tells of every person of the list: "a man and a woman shot dead" is two killed, as the
same words are read when they stand as the subject ("A man and a woman shot dead ... were
identified") and as a gold counts its list once (realgold6 "the 41-year-old man and the
3-year-old boy shot dead" = 2 killed). A person before the last with a state of its own ("a
man arrested and a woman shot") ends the shared list; so does a comma before the participle
(an aside on the last person) and a plural among the people ("the victims and a woman").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS

# a word of the first person's own that says something different happened to it
_OWN_STATE_DEPS = frozenset({"acl", "relcl", "oprd", "acomp", "advcl", "amod"})


def _is_person(token: Token) -> bool:
    """A person noun ("man", "son") or a person's name."""
    return token.lemma_.lower() in CASUALTY_PERSON_NOUNS or token.ent_type_ == "PERSON"


def listed_first(last: Token, participle: Token) -> Token | None:
    """The first person of the list whose last person ``participle`` is hung on.

    Args:
        last: the noun the reduced participle modifies ("woman" of "a man and a woman shot
            dead").
        participle: the participle ("shot").

    Returns:
        "man", where ``last`` is joined by "and" to person nouns or names before it and none
        of them has a state of its own before ``participle``; else None.
    """
    if last.dep_ != "conj" or not _is_person(last):
        return None
    first = last
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is last or not _is_person(first):
        return None
    if participle.i != last.i + 1:
        return None  # "the victims and the woman, injured in the chest,": the woman's own aside
    between = [t for t in last.doc[first.i : last.i] if t.head.i >= first.i]
    if any(t.dep_ == "cc" and t.lower_ != "and" for t in between):
        return None  # "a man or a woman"
    if any(t.tag_ in ("NNS", "NNPS") for t in between if _is_person(t)):
        return None  # "the victims and a woman": a plural re-mentions a group counted elsewhere
    for person in (t for t in between if _is_person(t)):
        if any(c.dep_ in _OWN_STATE_DEPS and c.i > person.i for c in person.children):
            return None  # "a man arrested and a woman shot"
    return first
