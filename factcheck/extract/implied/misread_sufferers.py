"""The person before "suffered", "sustained" or "underwent" where the tagger reads the whole
clause as one noun phrase: "A motorist sustained minor injuries" ("sustained" an adjective on
"injuries"), "A resident underwent surgery for a gunshot wound", "A juvenile suffered gunshot
wounds" (the person word an adjective too). Pure.

Session 54 (impl54c): ``wound_phrases.suffered_wound_age`` reads this misparse for an age
before the verb ("A 19-year-old suffered gunshot wounds", vocab37); a role or trade word
("motorist", "resident", "juvenile") and "underwent surgery" misparse the same way, while "A man
sustained injuries" parses as a clause and is read by ``wound_haver``. The person is 1 injured,
or killed for "fatal injuries" (the caller's measure of the wound), README "Implied counts".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.gunfire_context import gunfire_near
from factcheck.extract.implied.person_shapes import is_age_word, is_person_or_age
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS, WOUND_NOUNS

# The verb words the tagger misreads as adjectives before the harm they take.
_SUFFERING_WORDS = frozenset({"suffered", "sustained", "underwent"})
# What "underwent" takes: surgery is care for a harm (as "was rushed into surgery").
_SURGERY_NOUNS = frozenset({"surgery", "surgeries"})
_ARTICLES = frozenset({"a", "an", "another"})
# "A deputy required treatment for minor injuries", "A 24-year-old received treatment for a
# gunshot wound": care taken for a wound, misparsed the same way (impl56b; care_receipts.py
# reads the clause the parse gets right).
_CARE_TAKING_WORDS = frozenset({"received", "required", "needed", "got"})
_TREATMENT_NOUNS = frozenset({"treatment", "care"})


def misread_sufferer(harm: Token) -> Token | None:
    """The person a misparsed "suffered" / "sustained" / "underwent" clause hangs on ``harm``
    ("injuries", "wounds", "surgery"), or None."""
    lemma = harm.lemma_.lower()
    if harm.lower_ in _TREATMENT_NOUNS and harm.pos_ == "NOUN" and _for_wound(harm):
        verbs = [c for c in harm.children if c.dep_ == "amod" and c.lower_ in _CARE_TAKING_WORDS]
        return _misread_person(verbs[0]) if verbs and verbs[0].i < harm.i else None
    if harm.pos_ != "NOUN" or (lemma not in WOUND_NOUNS and harm.lower_ not in _SURGERY_NOUNS):
        return None
    verbs = [
        c
        for c in harm.children
        if c.dep_ == "amod" and c.i < harm.i and c.lower_ in _SUFFERING_WORDS
    ]
    if not verbs:
        return None
    verb = verbs[0]
    if (verb.lower_ == "underwent") != (harm.lower_ in _SURGERY_NOUNS):
        return None  # "underwent surgery", "suffered injuries"; not "suffered surgery"
    if verb.lower_ == "underwent" and not (_for_wound(harm) or gunfire_near(harm)):
        return None  # "A patient underwent knee surgery": care with no harm told
    return _misread_person(verb)


def _misread_person(verb: Token) -> Token | None:
    """The new person just before the misread ``verb``: "A motorist sustained", not "the senior
    official"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    person = subjects[0] if subjects else verb.doc[verb.i - 1] if verb.i > 0 else None
    if person is None or person.i != verb.i - 1 or not _is_person(person):
        return None
    if not _after_article(person):
        return None  # "A motorist sustained": one new person, not "the senior official"
    return person


def _after_article(person: Token) -> bool:
    """ "A motorist", "A 17-year-old" (the article before the age's number): the parse may hang
    the article on the person or on the noun after the verb."""
    start = person.left_edge
    if start.lower_ in _ARTICLES:
        return True
    return start.i > 0 and person.doc[start.i - 1].lower_ in _ARTICLES


def _for_wound(surgery: Token) -> bool:
    """ "surgery for a gunshot wound", "for his injuries": the harm the care is for."""
    return any(
        o.lemma_.lower() in WOUND_NOUNS
        for c in surgery.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in c.children
        if o.dep_ == "pobj"
    )


def _is_person(word: Token) -> bool:
    if is_age_word(word):
        return True  # "A 17-year-old underwent surgery": "old" stands for the person
    return word.lemma_.lower() in CASUALTY_PERSON_NOUNS or (
        word.pos_ in ("NOUN", "PROPN") and is_person_or_age(word)
    )
