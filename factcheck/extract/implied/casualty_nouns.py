"""What a noun or its modifier says happened to people: "the fatal shooting of a man", "the
killing of his wife and son", "a double homicide", "the injured woman". Pure.

Split from ``casualty_measures.py`` (which reads verbs): event nouns with their victims after
"of" or as owner (``nominal_event``), multiple casualty events (``multiple_event``) and casualty
modifiers on a definite person (``is_casualty_modifier``).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.displaced_of import displaced_of
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.person_shapes import is_age_person
from factcheck.extract.lexicon import (
    CASUALTY_MODIFIERS,
    CASUALTY_PERSON_NOUNS,
    EVENT_MULTIPLES,
    FATAL_MODIFIERS,
    MULTIPLE_EVENT_NOUNS,
    NOMINAL_AGENTS,
    NOMINAL_EVENTS,
    NOMINAL_HARMS,
)

# the victims of an event noun: person nouns and names (the count asks which are people)
_VICTIM_POS = ("NOUN", "PROPN")


def is_casualty_modifier(token: Token) -> bool:
    """ "the injured woman is 21", "The surviving victim was taken to ...", "along with the
    wounded family member", "The deceased victim": a definite person, subject or object of its
    clause, whose modifier says the casualty (not "the identity of the surviving victim", "an
    injured knee")."""
    if token.dep_ != "amod" or (
        token.lower_ not in CASUALTY_MODIFIERS and token.lower_ not in FATAL_MODIFIERS
    ):
        return False
    person = token.head
    return (
        person.lemma_.lower() in CASUALTY_PERSON_NOUNS
        and (
            person.dep_ in ("nsubj", "nsubjpass", "dobj")
            or person.dep_ == "pobj"
            and person.head.lower_ != "of"
        )
        # "the lone surviving victim": the parse may hang "the" on "lone"
        and (
            any(c.dep_ == "det" and c.lower_ == "the" for c in person.children)
            or person.left_edge.lower_ == "the"
        )
        and not any(c.dep_ in ("nummod", "conj") for c in person.children)
    )


def nominal_event(token: Token) -> tuple[str, list[Token], bool] | None:
    """ "the fatal shooting of a man" = 1 killed, "the killing of his wife and son" = 2 killed,
    "the killer of Ann Lee" = 1 killed, "the shooting of a teen" = 1 shot, "the stabbing of a
    teen" = 1 injured: an event noun with its victims after "of", a name among them ("the
    murder of Ann Lee"), or its owner ("a toddler's accidental shooting"; realgold12,
    realgold14, realgold19, realgold20 golds count them)."""
    lemma = token.lemma_.lower()
    # "Ann Lee's killer", "the killer of Ann Lee": the doer's noun as its deed (impl44v)
    measure = (
        NOMINAL_EVENTS.get(lemma, NOMINAL_AGENTS.get(lemma, NOMINAL_HARMS.get(lemma)))
        if token.pos_ == "NOUN"
        else None
    )
    if measure is None:  # asked of every token: the children only of an event noun
        return None
    modifiers = {c.lower_ for c in token.children}
    if modifiers & {"attempted", "alleged"} or modifiers & EVENT_MULTIPLES.keys():
        return None  # "attempted murder of"; "the double shooting of ...": "double" counts
    if measure in ("shot", "injured") and modifiers & {"fatal", "deadly"}:
        measure = "killed"
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            # a name too: "the murder of Ann Lee", "the deaths of Ann Lee and her son"
            people = [c for c in prep.children if c.dep_ == "pobj" and _victim_word(c)]
            if people:
                return measure, with_conjuncts(people[0]), True
    displaced = displaced_of(token)  # "the shooting deaths last week of his wife and son"
    if displaced is not None:
        people = [c for c in displaced.children if c.dep_ == "pobj" and _victim_word(c)]
        if people:
            return measure, with_conjuncts(people[0]), True
    # the owner: "a toddler's accidental shooting", "Ann Lee's murder" (not "his shooting")
    owners = [c for c in token.children if c.dep_ == "poss" and _victim_word(c)]
    if owners and token.dep_ != "compound":
        return measure, with_conjuncts(owners[0]), True
    return None


def _victim_word(token: Token) -> bool:
    """A noun or name, or an age standing for a person ("the shooting death of a 21-year-old",
    "a 4-year-old's shooting death": the tagger calls "old" an adjective)."""
    return token.pos_ in _VICTIM_POS or is_age_person(token)


def multiple_event(token: Token) -> str:
    """ "a double homicide", "Triple shooting": the measure of a multiple casualty event."""
    if token.lower_ not in EVENT_MULTIPLES or token.dep_ not in ("amod", "compound", "nmod"):
        return ""
    event = token.head
    if token.nbor(1) != event or event.i + 1 < len(token.doc) and event.nbor(1).text == "-":
        return ""  # "a double murder-suicide": who died is unclear
    return MULTIPLE_EVENT_NOUNS.get(event.lemma_.lower(), "")
