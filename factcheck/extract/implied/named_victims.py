"""Named people and pronouns as counted victims (issue 11, session 12). Pure.

The lead's decision (session 12): a named victim who "was shot and killed" implies 1 killed
exactly as "a man was shot and killed" does (realgold3-5 annotate them). A pronoun of a
casualty counts the people named before it in its sentence, each at its own place ("X was
holding her child when police found them shot to death" = X and "her child").
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Token

from factcheck.extract.implied.casualty_context import casualty_told
from factcheck.extract.implied.death_causes import tells_harm
from factcheck.extract.implied.name_forms import is_lone_noun_name, is_suffixed_name
from factcheck.extract.implied.person_shapes import is_age_person, is_aged_name
from factcheck.extract.implied.reported_selves import may_stand_for
from factcheck.extract.implied.shaped_names import shaped_name_words
from factcheck.extract.implied.victim_names import is_name_shape
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    CASUALTY_SCENE_NOUNS,
    FEMALE_PERSON_NOUNS,
    INTRANSITIVE_CASUALTY_VERBS,
    MALE_PERSON_NOUNS,
    REPORTING_VERBS,
)


def is_bare_death(verb: Token) -> bool:
    """ "X has died", "X survived": a named person's death or survival that says nothing of a
    shooting (a page's other news); "X died at the hospital", "X survived the shooting" do, and
    so does any where the sentence or the one before tells of a casualty (impl56)."""
    if verb.lemma_.lower() not in INTRANSITIVE_CASUALTY_VERBS or tells_harm(verb):
        return False
    if casualty_told(verb):
        return False  # "Jones was shot Saturday. Jones, 24, died Monday" (impl56)
    words = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
    ]
    return not any(w.lemma_.lower() in CASUALTY_SCENE_NOUNS for w in words)


def find_antecedents(
    pronoun: Token, names: Container[str], seen: set[int], besides: Container[int] = ()
) -> list[Token]:
    """The people a casualty's pronoun stands for, named before it in its sentence: the
    nearest one for "he"/"she" ("revive Baker, but he was pronounced dead"), two or more for
    "they"/"them"; only names and people with an article or owner, never counted before, nor
    the tokens ``besides`` (who did the harm to "him"/"her")."""
    candidates = [
        t
        for t in pronoun.doc[pronoun.sent.start : pronoun.i]
        if t.i not in seen
        and t.i not in besides
        and t.dep_ in ("nsubj", "nsubjpass", "dobj", "conj")
        # not who tells it: "the DA said the man and the boy were in a car when they were shot"
        # (but the one found, or "a man told police he had been shot": reported_selves.py)
        and (t.head.lemma_.lower() not in REPORTING_VERBS or may_stand_for(t, pronoun))
        and (is_one_person(t, names) or pronoun.lower_ in ("they", "them") and is_both_people(t))
    ]
    if pronoun.lower_ in ("he", "she", "him", "her"):
        other = FEMALE_PERSON_NOUNS if pronoun.lower_ in ("he", "him") else MALE_PERSON_NOUNS
        candidates = [t for t in candidates if t.lemma_.lower() not in other]
        # "a gunman shot his ex-wife and a deputy before he died": the subject, where there is one
        subjects = [t for t in candidates if t.dep_ in ("nsubj", "nsubjpass")]
        return (subjects or candidates)[-1:]
    if len(candidates) == 1 and is_both_people(candidates[0]):
        return candidates  # "Both victims were in a car when they were shot": a pair
    return candidates if len(candidates) > 1 else []


def is_one_person(token: Token, names: Container[str]) -> bool:
    """One person a pronoun may stand for (``find_antecedents``): a name ("Eric Cole"), or a
    singular person noun or an age standing for a person, with its article or owner ("the
    suspect", "her husband", "the 16-year-old called 911 and said he had been shot")."""
    if is_named(token, names):
        return True
    person = (
        token.lemma_.lower() in CASUALTY_PERSON_NOUNS and token.tag_ == "NN"
    ) or is_age_person(token)
    return person and _has_article_or_owner(token)


def is_person_of_either_number(token: Token, names: Container[str]) -> bool:
    """The person a participle's "him" or "her" may stand for (``participle_targets``): a
    name, or a person noun of either number with its article or owner ("shot at the suspects,
    injuring him"); not an age. Not ``is_one_person``: read that way, ``participle_targets``
    changed the PolNeAR extract on articles the helpers may not read, where the change could
    not be judged (review of session 45)."""
    if is_named(token, names):
        return True
    return token.lemma_.lower() in CASUALTY_PERSON_NOUNS and _has_article_or_owner(token)


def _has_article_or_owner(token: Token) -> bool:
    """ "the suspect", "her husband", "a man": a noun with its article or owner."""
    return any(c.dep_ in ("det", "poss") for c in token.children)


def is_both_people(token: Token) -> bool:
    """ "Both victims", "both men": a pair of people named by one plural noun."""
    return (
        token.tag_ == "NNS"
        and token.lemma_.lower() in CASUALTY_PERSON_NOUNS
        and any(c.lower_ == "both" and c.dep_ in ("det", "predet") for c in token.children)
    )


def is_listed_name(token: Token, child: Token) -> bool:
    """ "Tom Reed, 36; Ann Reed, 40; and ...": the parse hangs the next name with its age on
    the first as an apposition, but they are two people (not "the owner, Ann Reed")."""
    return (
        child.dep_ == "appos"
        and token.pos_ == child.pos_ == "PROPN"
        and child.ent_type_ == "PERSON"
        and any(g.dep_ == "appos" and g.like_num for g in child.children)
    )


class PersonNames(Container[str]):
    """The words of the people the article names ("Mercado" after "Veronica Mercado"): a
    surname alone may lose its entity label. Read once per document, and only when asked
    (most documents never ask)."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            ents = self._doc.ents
            words = frozenset(t.lower_ for e in ents if e.label_ == "PERSON" for t in e)
            # and the names the tagger labels otherwise, by their form (shaped_names.py)
            self._words = words | shaped_name_words(self._doc)
        return word in self._words


def is_named(token: Token, names: Container[str]) -> bool:
    """A person's name as the head of its words: "Eric Cole, 19, was shot and killed" is one
    killed, as "a man was shot and killed" is (the lead's decision, session 12; the gold README's
    implied counts; realgold3-5 annotate them)."""
    if is_suffixed_name(token):
        return True  # "James Brown III", "Michael Carter Jr." (name_forms.py)
    if not _capitalised(token) or token.lower_ in CASUALTY_PERSON_NOUNS:
        return False
    if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
        return True
    if is_aged_name(token) or is_name_shape(token):
        return True  # "Dashawn Pettiford, 24,": a name the tagger did not label a person's
    # a surname opening a sentence may be tagged a noun or an adjective ("Lopez and her son"),
    # or taken for a place where its age follows ("Herring, 35, was shot")
    if token.lower_ not in names or token.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return False
    # a surname the tagger calls a noun keeps its person label ("Verner was flown to ...");
    # a first name may be read as a group
    if token.ent_type_ in ("", "PERSON", "NORP"):  # "Christian was shot": NORP
        return True
    if is_lone_name_word(token) or is_lone_noun_name(token):
        return True
    return any(c.dep_ == "appos" and c.like_num for c in token.children)


def is_lone_name_word(token: Token) -> bool:
    """A name the article gives a person, alone and labelled something else: "The gunman
    killed Aoki" (an organisation) after "Courtney Aoki"; "shot and killed Trayvon" (a place)
    after "Trayvon Martin". The label covers this one word only, and the word is a proper noun
    that names no part of a longer name or place ("Wilmington police", "Aoki Street"). Whether
    the article names a person so is the caller's (``PersonNames``)."""
    if token.pos_ != "PROPN" or token.dep_ in ("compound", "amod", "poss"):
        return False
    if token.ent_iob_ != "B":
        return False
    following = token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"
    return not following and not any(c.dep_ == "compound" for c in token.children)


def _capitalised(token: Token) -> bool:
    """ "Cole", "McMillan", "O'Neil", "DeShawn": a name's capital first letter, whatever its
    inner capitals (not "SHOOTING" in a shouted headline)."""
    return token.text[:1].isupper() and not (token.is_upper and len(token) > 1)
