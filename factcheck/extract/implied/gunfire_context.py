"""Shots told by the story around them: "Shots were fired and a man was hit", "Someone fired
into the crowd. A woman was struck twice.", "A man caught a stray bullet". Pure.

Session 54 (impl54), vocabulary of the session-29 ruling (docs/gold-conventions.md,
"Vocabulary of casualty shapes"): ordinary local-news English for a person shot. An impact
verb says a shooting where gunfire does the hitting (``casualty_measures._hit_by_gunfire``
reads an agent of gunfire or a part of the body). A reporter often leaves both out when the
gunfire stands in the same sentence or the one before: "Gunfire erupted, and a teen was hit
multiple times", "His uncle was also hit". A passive "hit" or "struck" of a person, with no
agent or instrument of its own, is then 1 shot (README "Implied counts"). Not "was struck by a
car" (an agent says what hit), "was hit with a bat", "the house was hit", nor a "hit" where no
gunfire is told nearby ("The company was hit hard").

"Caught a stray bullet", "took a stray round" (the stray shot needs no part of the body,
unlike "took a bullet to the leg", ``wound_phrases.took_bullet``), and "caught a bullet" are
1 shot; not "took a bullet for the team".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.implied.person_shapes import is_person_or_age
from factcheck.extract.lexicon import (
    BULLET_TAKING_VERBS,
    CASUALTY_PERSON_NOUNS,
    CONTEXT_GUNFIRE_NOUNS,
    CONTEXT_GUNFIRE_VERBS,
    CONTEXT_IMPACT_VERBS,
    STRAY_BULLET_NOUNS,
)


def hit_amid_gunfire(verb: Token) -> bool:
    """True for a passive "hit" or "struck" of a person, without agent or instrument, in a
    sentence of gunfire or just after one ("Shots were fired and a man was hit")."""
    if verb.lemma_.lower() not in CONTEXT_IMPACT_VERBS or verb.pos_ != "VERB":
        return False
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children):
        return False
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("by", "with") for c in children):
        return False  # "struck by a car", "hit with a bat": what hit is told (or read elsewhere)
    subjects = [c for c in children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1 or not _person(subjects[0], verb):
        return False  # two subjects: the parse has lost the clauses ("fired at ..., but no ...")
    return gunfire_near(verb)


def gunfire_near(verb: Token) -> bool:
    """True if the sentence of ``verb`` or the one before tells of gunfire (``_tells_gunfire``):
    the shots a reporter leaves out of the clause that tells the harm."""
    sent = verb.sent
    if _tells_gunfire(sent, verb):
        return True
    return sent.start > 0 and _tells_gunfire(verb.doc[sent.start - 1].sent, verb)


def caught_stray_bullet(verb: Token) -> bool:
    """True for "caught a stray bullet", "took a stray round", "caught a bullet": the subject
    was shot (not "took a bullet for the team", "took a shot at the mayor")."""
    lemma = verb.lemma_.lower()
    if lemma not in BULLET_TAKING_VERBS or verb.pos_ != "VERB":
        return False
    shots = [c for c in verb.children if c.dep_ == "dobj"]
    if not shots or shots[0].lemma_.lower() not in STRAY_BULLET_NOUNS:
        return False
    shot = shots[0]
    if any(c.dep_ == "prep" and c.lower_ == "for" for t in (verb, shot) for c in t.children):
        return False  # "took a bullet for his friend": the idiom
    stray = any(c.lower_ == "stray" for c in shot.children)
    return stray or (lemma == "catch" and shot.lemma_.lower() == "bullet")


def _person(subject: Token, verb: Token) -> bool:
    """A person, an age or a name; "who" stands for the noun its clause hangs on."""
    if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject.pos_ == "PRON" or any(c.lower_ == "no" for c in subject.children):
        return False  # "he was hit": counted where named; "no officer was hit": no one
    return is_person_or_age(subject) or subject.lemma_.lower() in CASUALTY_PERSON_NOUNS


def _tells_gunfire(sent: Span, verb: Token) -> bool:
    """True if the sentence tells of gunfire: a gun, a bullet or the shooting ("shots",
    "gunfire", "the gunman"), or a verb of firing ("fired", "opened fire", "shot")."""
    for token in sent:
        if token.i == verb.i:
            continue
        lemma = token.lemma_.lower()
        if lemma in CONTEXT_GUNFIRE_NOUNS and token.pos_ in ("NOUN", "PROPN"):
            return True
        if token.lower_ == "shots":
            return True
        if lemma in CONTEXT_GUNFIRE_VERBS and token.pos_ == "VERB":
            return True
    return False
