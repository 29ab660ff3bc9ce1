"""Who took their own life: "X committed suicide", "before taking his own life" count X as 1
killed (gold README "Implied counts"; the tuning golds count the one who does it, at the
subject, as "killed himself" counts at "himself"). Pure.

Only a past or reported event of one person: "committed/commits suicide", "took/taking his
own life"; not "commit suicide" (an infinitive or a generic present: "veterans who commit
suicide", "threatened to commit suicide"), a negated or modal one, a pronoun (its antecedent
is counted where it is named) or a plural.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.implied.casualty_measures import is_unreal
from factcheck.extract.implied.person_shapes import is_age_word
from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    OWN_LIFE_VERBS,
    SUICIDE_VERBS,
)
from factcheck.extract.token_index import tokens_with_lower

# the objects _suicide_verb reads ("committed suicide", "took his own life"): only these
# tokens are looked at, not every token of the article (speed39)
_OBJECT_WORDS = frozenset({"suicide", "life"})


def find_suicides(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """(the person, the verb) for each one-person suicide the parse states."""
    for token in tokens_with_lower(doc, _OBJECT_WORDS):
        verb = _suicide_verb(token)
        if verb is None or is_unreal(verb):
            continue
        person = _doer(verb)
        if person is not None and _one_person(person):
            yield person, verb


def _suicide_verb(token: Token) -> Token | None:
    """The verb of "committed suicide" or "took his own life" whose object is ``token``."""
    if token.dep_ != "dobj":
        return None
    verb = token.head
    if token.lower_ == "suicide" and verb.lower_ in SUICIDE_VERBS:
        return verb
    own = any(c.lower_ == "own" for c in token.children) and any(
        c.dep_ == "poss" for c in token.children
    )
    if token.lower_ == "life" and own and verb.lower_ in OWN_LIFE_VERBS:
        return verb
    return None


def _doer(verb: Token) -> Token | None:
    """The subject of the suicide verb, up the clauses it shares a subject with: "shot his
    sister, wounded a cousin and then committed suicide", "killed his wife before taking his
    own life", "the gunman, who (reports said) had committed suicide"."""
    for _ in range(6):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.tag_ in ("WP", "WDT"):
                # not "He was a desperate man who took his own life": a description of "He"
                described = verb.dep_ == "relcl" and verb.head.dep_ != "attr"
                return verb.head if described else None
            return subject
        sibling = _split_sibling(verb) if verb.dep_ == "ccomp" else None
        if verb.dep_ == "conj":
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "before taking his own life": the main clause's subject
        elif sibling is not None:
            verb = sibling
        elif verb.dep_ == "ccomp" and verb.head.dep_ == "relcl":
            # "who early reports said had committed suicide": the relative's noun
            relative = verb.head
            if any(c.tag_ in ("WP", "WDT") for c in relative.children):
                return relative.head
            return None
        else:
            return None
    return None


def _split_sibling(verb: Token) -> Token | None:
    """The clause before ``verb`` that the parse split from it: "A boy shot his brother,
    wounded a cousin and then committed suicide, the sheriff said" hangs "wounded" on "said"
    beside "shot"; the nearest earlier sibling clause with a subject."""
    siblings = [
        c
        for c in verb.head.children
        if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ in ("VERB", "AUX")
    ]
    if not siblings or any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children):
        return None
    sibling = siblings[-1]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in sibling.children):
        return None
    return sibling


def _one_person(person: Token) -> bool:
    """One person: a singular person noun, a name, or an age standing for one."""
    if person.tag_ in ("NNS", "NNPS") or person.pos_ == "PRON":
        return False
    if person.pos_ == "PROPN":
        return person.ent_type_ == "PERSON" or person.lower_ in CASUALTY_PERSON_NOUNS
    if person.lower_ == "old":
        return is_age_word(person)
    return person.pos_ == "NOUN" and person.lemma_.lower() in CASUALTY_PERSON_NOUNS
