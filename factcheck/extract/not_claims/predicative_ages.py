"""Ages said of someone by a verb: "he turned 60", "Justice Ames will be 77", "when she was
around 12", "moved to Ohio at 19", "lived to 102" (gold README: ages used as descriptors are not
claims). Pure.

An age a person reached or had when something happened describes the person and counts
nothing, as "Ana Ruiz, 45," does (``ages.py``). The number is read as an age only where it
stands bare (no counted noun or unit of its own: not "turned 60 pages", "was 14 points ahead")
and

- is what "turn" reaches in a clause of time ("before they turned 18", "until he turns 21"),
  the age as a threshold; "Ortiz turned 74" in a main clause asserts the age and stays a
  claim (realgold24 gold: a claim; realgold33 gold: "before they turned 18" an age);
- is what "be" says of a person, after "will", "would" or "when": "Ames will be 77", "the
  nominee would be 73 on Inauguration Day", "when he was around 10", "people are teased when
  they're 60" (any personal pronoun after "when": realgold48 gold, session 64) (a bare "is N"
  after a person is ``ages.py``'s, with "who" or a comma);
- opens the sentence after "Now", "At" or "By", with a comma and a person after it ("Now 92,
  she still drives", "At 85, he runs the farm"; "At" and "By" only above 12, not a clock time),
  or "Now N and" a second descriptor before the person ("Now 46 and living in Ohio, she is":
  realgold50 gold, an age);
- is what "is" or "was" says of a person where the clause ends with it ("She's 38 and has
  three children", "The pastor is now 67.") or goes on with "at the time" ("he already was
  18 at the time": realgold3 and realgold50 golds, ages);
- is the "at N" of a step in a person's life ("moved to Ohio at 19", "enlisted at 17", "died at
  64 in his home"; not "the rate stood at 19", "bidding started at 45": the verb's subject is a
  person);
- is what someone "lived to" ("lived to 102", "lived to be 90").

Evidence: session 63 brief (held-out and check counts of ages taken as claims, 28 of them, with
"at 90 years old", "when he was around 10", "will be 78" among the shapes); helper clm63 judged
"will be 78, ... will be 80" and "when he was around 10" on unannotated articles.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    AGE_ADVERBS,
    AGE_APPROX_ADVERBS,
    AGE_REACHING_VERBS,
    AGE_THRESHOLD_MARKS,
    LIFE_STEP_VERBS,
    NOT_AGE_AFTER,
    PERSON_NOUNS,
    WHEN_AGE_BE_FORMS,
    WHEN_AGE_PRONOUNS,
)
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number, numeral_value
from factcheck.extract.not_claims.ages import AGED_PEOPLE

_SKIPPED = AGE_ADVERBS | AGE_APPROX_ADVERBS
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "you", "who"})
_FUTURE = frozenset({"will", "would", "'ll", "'d", "wo"})
# "She's 38 and has", "The pastor is now 67.": "be" in the present or past, said of a person
_BE_NOW = frozenset({"is", "was", "'s", "’s"})
# "Now 92, she still drives", "At 85, he still runs", "By 30, she was": a sentence opened by an
# age before the person it describes
_OPENERS = frozenset({"now", "at", "by"})


def is_predicative_age(doc: Doc, start: int, end: int) -> bool:
    """True if the bare number at ``start:end`` is an age a verb says of a person."""
    if end - start != 1 or start < 1 or not _bare_age_number(doc, start):
        return False
    k = start - 1
    if doc[k].is_sent_start and doc[k].lower_ == "now":
        return _opens_a_person_clause(doc, end)  # "Now 92, she"; not skipped as "is now 67"
    while k > 0 and doc[k].lower_ in _SKIPPED:
        k -= 1  # "was around 10", "will be just 18"
    verb = doc[k]
    if verb.is_sent_start and verb.lower_ in _OPENERS and _opens_a_person_clause(doc, end):
        # "Now 92, she", "At 85, he"; not "At 10, he left" (a clock time)
        return verb.lower_ == "now" or not is_numeral(doc[start]) or numeral_value(doc[start]) > 12
    if k < 1:
        return False
    if verb.lemma_.lower() in AGE_REACHING_VERBS and verb.pos_ in ("VERB", "AUX"):
        # "before they turned 18", "until he turns 21": the age as a threshold; a main clause's
        # "Ortiz turned 74" asserts the age (realgold24 gold: a claim)
        return any(c.lower_ in AGE_THRESHOLD_MARKS for c in verb.children if c.i < verb.i)
    if verb.lower_ == "be" and doc[k - 1].lower_ in _FUTURE:
        return _person_subject(verb)  # "Ames will be 77", "the nominee would be 73"
    if verb.lower_ in WHEN_AGE_BE_FORMS and doc[k - 1].lower_ in WHEN_AGE_PRONOUNS:
        if k >= 2 and doc[k - 2].lower_ == "when":
            return True  # "when he was around 10", "People are teased when they're 60"
    if (
        verb.lower_ in _BE_NOW
        and _closes_clause(doc, end)
        and doc[k - 1].lower_ not in ("i", "you")
    ):
        # "She's 38 and has", "The pastor is now 67."; a quoted "I was 24." is left as it was
        return _person_subject(verb)
    if verb.lower_ == "to" and doc[k - 1].lemma_.lower() == "live":
        return True  # "lived to 102"
    lived_to_be = k >= 2 and doc[k - 2].lemma_.lower() == "live" and doc[k - 1].lower_ == "to"
    if verb.lower_ == "be" and lived_to_be:
        return True  # "lived to be 90"
    if verb.lower_ == "at" and verb.head.lemma_.lower() in LIFE_STEP_VERBS:
        return _person_subject(verb.head, plural=True)  # "she moved to Ohio at 19"
    return False


def _closes_clause(doc: Doc, end: int) -> bool:
    """The number ends its clause: a punctuation mark, "and" or "when" after it, "at the time"
    (the moment the age held), or the end."""
    if end >= len(doc) or doc[end].is_punct or doc[end].lower_ in ("and", "when"):
        return True
    return [t.lower_ for t in doc[end : end + 3]] == ["at", "the", "time"]


def _opens_a_person_clause(doc: Doc, end: int) -> bool:
    """ "Now 92, she still drives": a comma after the number, then a person as subject; or
    "Now 46 and living in Ohio, she is": "and" after the number, and the sentence's main verb
    has a person as subject."""
    if end + 1 >= len(doc):
        return False
    if doc[end].lower_ == "and" and doc[end - 2].lower_ == "now":
        root = doc[end].sent.root
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > end and _names_a_person(c)
            for c in root.children
        )
    if doc[end].text != ",":
        return False
    subject = doc[end + 1]
    return subject.dep_ in ("nsubj", "nsubjpass") and _names_a_person(subject)


def _bare_age_number(doc: Doc, start: int) -> bool:
    """A number a person's age can be: under 120, spelled (not "one") or in digits, with no
    counted noun or unit after it."""
    number = doc[start]
    if is_numeral(number):
        if not number.is_digit or not 0 < numeral_value(number) < 120:
            return False
    elif not is_spelled_number(number) or number.lower_ in ("one", "zero", "million"):
        return False
    if number.dep_ == "nummod":
        return False  # "turned 60 pages", "will be 12 points"
    nxt = doc[start + 1] if start + 1 < len(doc) else None
    if nxt is None:
        return True
    return nxt.lower_ not in NOT_AGE_AFTER and nxt.pos_ not in ("NUM", "SYM", "NOUN", "PROPN")


def _person_subject(verb: Token, plural: bool = False) -> bool:
    """The verb's subject names a person: a pronoun, a name or a noun of a person (with
    ``plural``, also "they" and "we"); a verb joined to another shares its subject ("married at
    21 and divorced at 30")."""
    while True:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return _names_a_person(child) or (plural and child.lower_ in ("they", "we"))
        if verb.dep_ != "conj" or verb.head is verb:
            return False
        verb = verb.head


def _names_a_person(token: Token) -> bool:
    return (
        token.lower_ in _PERSON_PRONOUNS
        or token.ent_type_ == "PERSON"
        or (token.pos_ == "PROPN" and token.text[:1].isupper())
        or token.lemma_.lower() in PERSON_NOUNS
        or token.lower_ in AGED_PEOPLE
    )
