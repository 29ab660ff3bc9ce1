"""People a reduced relative clause says were harmed, where the parse reads the clause as a
sentence of its own (impl42, session 34). Pure.

"The teen shot in the leg is in stable condition", "The man shot Tuesday died Wednesday", "The
woman wounded in the shooting is expected to survive": the tagger reads "shot" as a past tense
with "The teen" its subject and hangs the whole clause on the main verb as a clausal subject.
The person is the one the clause says was shot (gold README "Implied counts", as "A man shot
Saturday died Sunday" in docs/gold-conventions.md "Vocabulary of casualty shapes"); a main verb
of death makes the count killed. Not read: "The man shot his wife" (an object: the man is the
shooter), "Police shot ..." (no determiner: a group, not a person phrase).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.casualty_measures import measure_of
from factcheck.extract.implied.person_shapes import is_age_word
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS, MODAL_WORDS

_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def misread_relative_person(verb: Token) -> Token | None:
    """The person ``verb`` (a casualty verb) qualifies when the parse makes "The teen shot in
    the leg" a clause that is the subject of the main verb after it, or makes "shot" the root
    and the main verb its clause ("An officer shot during a traffic stop is recovering":
    "recovering" an advcl with its "is" and no subject; implwide); else None."""
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    main = _main_after_root(verb) if verb.dep_ == "ROOT" else verb.head
    if main is None or verb.dep_ not in (*_CLAUSE_SUBJECTS, "ROOT"):
        return None
    if main.i < verb.i or main.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return None  # "the man shot his wife", "the man had shot": a clause of its own
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or not _person_phrase(subjects[0]):
        return None
    return subjects[0]


def misread_relative_died(verb: Token) -> bool:
    """ "The man shot Tuesday died Wednesday": the main verb after the misread clause is a
    death (not "could die", "did not die")."""
    main = _main_after_root(verb) if verb.dep_ == "ROOT" else verb.head
    if main is None:
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODAL_WORDS) for c in main.children):
        return False
    lemma = main.lemma_.lower()
    return lemma == "die" or measure_of(main, lemma) == "killed"


def _main_after_root(verb: Token) -> Token | None:
    """The finite verb the parse hangs on a root "shot" as a clause without a subject ("is
    recovering", "was taken", "has died"): the sentence's main verb; else None."""
    for clause in verb.children:
        if clause.i < verb.i or clause.dep_ not in ("advcl", "conj") or clause.pos_ != "VERB":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "cc") for c in clause.children):
            return None  # "... shot, and she is recovering", "... shot after he was ..."
        if any(c.dep_ in ("aux", "auxpass") and c.i < clause.i for c in clause.children):
            return clause
    return None


def _person_phrase(token: Token) -> bool:
    """ "The teen", "a 16-year-old", "her son": a person noun or an age with a determiner or
    an owner."""
    if not any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    if token.lower_ == "old":
        return is_age_word(token)
    return token.pos_ == "NOUN" and token.lemma_.lower() in CASUALTY_PERSON_NOUNS


def trailing_relative_person(verb: Token) -> Token | None:
    """The person a reduced relative right after an object qualifies, where the parse hangs the
    clause on the main verb: "released the names of the man and the boy shot dead" ("shot" an
    advcl of "released"; impl57b, session 57). The first of the people listed, else None.

    A past participle with no subject, auxiliary, object or linking word of its own, right after
    a person phrase that is an object, is that phrase's relative clause (gold README "Implied
    counts": "a man killed in the shooting" counts the man)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "advcl" or verb.i == 0:
        return None
    if any(
        c.dep_ == "dobj"
        or (c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "advmod") and c.i < verb.i)
        for c in verb.children
    ):
        return None  # "..., after he was shot", "... and shot his wife": a clause of its own
    before = verb.doc[verb.i - 1]
    if before.head.i > before.i or not _person_phrase(before):
        return None
    first = before
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ not in ("dobj", "pobj"):
        return None  # a subject's participle is the parse's own business
    return first
