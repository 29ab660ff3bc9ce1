"""What happened to counted people named by a noun of their own: "injured two teens" -> "teens
injured". Pure.

A count of people with a noun of its own ("two teens", "six adults", "one man") names who is
counted, not that they were hurt; gold subjects of casualty counts name the harm ("killed",
"injured", "shot", "dead", gold README "subject"), and the noun alone matches only when the gold
lists it too. So the harm the clause tells of them follows the noun, the noun kept:

- the object of a harm verb: "A gunman injured two teens", "killing one man", "fatally shot
  four people" (killed);
- the object of "leave" with a state: "The attack left one man dead", "leave 2 teens wounded";
- the subject of "die" or of "be" with a state: "One victim died", "two females were dead";
- a participle or state right after the noun: headline "2 teens shot on northwest side";
- a relative clause: "four individuals that were shot", "two victims who died";
- the second of joined nouns, as the first: "20 children and six adults were killed".

A negated or modal verb tells no harm ("did not injure two clerks", "could kill two men").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    CASUALTY_PREDICATE_VERBS,
    COUNT_FATAL_ADVERBS,
    GENERIC_COUNT_NOUNS,
    HARMED_PERSON_PARTICIPLES,
    PARTICIPLES,
    STATE_WORDS,
)

# The complements of "leave" that may carry the state ("left one man dead", "leave 2 teens
# wounded", parsed as a second verb).
_LEFT_STATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "conj", "advcl"})


def harmed_person(head: Token, phrase: str) -> str:
    """``phrase`` (the noun phrase of ``head``) with the harm its clause tells of the counted
    people after it, or ``phrase`` as it is."""
    if not _counts_people(head) or any(w.lower() in STATE_WORDS for w in phrase.split()):
        return phrase
    first = head
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN", "PRON"):
        first = first.head  # "20 children and six adults were killed": as the first noun
    harm = _clause_harm(first) or _own_harm(head)
    return f"{phrase} {harm}" if harm else phrase


def _counts_people(head: Token) -> bool:
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and (lemma in CASUALTY_PERSON_NOUNS or lemma in GENERIC_COUNT_NOUNS)


def _clause_harm(noun: Token) -> str:
    """The harm the clause of ``noun`` tells of it: as a harm verb's object or passive
    subject, the subject of "die" or of a state, the object of "leave" with a state."""
    verb = noun.head
    if not _asserted(verb):
        return ""
    lemma = verb.lemma_.lower()
    if noun.dep_ in ("dobj", "nsubjpass") and lemma in CASUALTY_PREDICATE_VERBS:
        return _participle(verb)
    if noun.dep_ == "nsubj" and lemma == "die":
        return "died"
    if noun.dep_ == "nsubj" and lemma == "be":
        return _state(verb, after=noun.i, deps=frozenset({"acomp"}))
    if noun.dep_ == "dobj" and lemma == "leave":
        return _state(verb, after=noun.i, deps=_LEFT_STATE_DEPS)
    return ""


def _own_harm(noun: Token) -> str:
    """A participle or state right after ``noun`` ("2 teens shot", "one man dead") or its
    relative clause ("four individuals that were shot", "the two who died")."""
    for child in noun.rights:
        if child.dep_ in ("acl", "amod") and child.i == noun.i + 1:
            if child.lower_ in STATE_WORDS:
                return child.lower_
        if child.dep_ == "relcl" and _asserted(child):
            lemma = child.lemma_.lower()
            passive = any(c.dep_ == "auxpass" for c in child.children)
            if lemma == "die":
                return "died"
            if passive and lemma in CASUALTY_PREDICATE_VERBS:
                return _participle(child)
    return ""


def _state(verb: Token, *, after: int, deps: frozenset[str]) -> str:
    for child in verb.children:
        if child.dep_ in deps and child.i > after and child.lower_ in STATE_WORDS:
            return child.lower_
    return ""


def _asserted(verb: Token) -> bool:
    """False for a verb negated or under a modal ("did not kill", "could kill")."""
    return not any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children)


def _participle(verb: Token) -> str:
    """ "killed", "injured", "shot"; "killed" for a fatal one ("fatally shot four people",
    "shot dead 14 people", "two women were shot to death", "shot and killed his two sons")."""
    if fatal_harm(verb):
        return "killed"
    lemma = verb.lemma_.lower()
    return PARTICIPLES.get(lemma) or HARMED_PERSON_PARTICIPLES.get(lemma, lemma)


def fatal_harm(verb: Token) -> bool:
    """True for a harm verb that says the harm killed: "fatally shot", "shot dead 14 people",
    "were shot to death", "shot and killed"."""
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ == "dead":
        return True  # "shot dead 14 people", the parse hanging "dead" on the people
    return any(_fatal(c) for c in verb.children)


def _fatal(child: Token) -> bool:
    low = child.lower_
    if low in COUNT_FATAL_ADVERBS:
        return True
    if child.dep_ == "prep" and low == "to":
        return any(c.lower_ == "death" for c in child.children)
    # "shot and killed two men", not "shot his wife and killed himself"
    joined = child.i == child.head.i + 2 and child.doc[child.i - 1].lower_ == "and"
    return joined and child.dep_ == "conj" and child.lemma_.lower() == "kill"
