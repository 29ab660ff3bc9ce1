"""Who "him" or "her" stands for after a participle of harm that follows a shot (session 45,
gva3). Pure.

"Another man shot back at the suspect, injuring him", "A second man shot the gunman, wounding
him", "Lee pointed a rifle at Tom Reed and fired, killing him": the pronoun is the person the
main clause shot or fired at, not its subject, who did the harm (``object_antecedents`` keeps
the doer out, but the nearest person left may be another doer or no one: "at the suspect" is
no subject or object, and the parse may make "the gunman" the subject of "wounding"). The
person is counted where named, as "... when someone shot her" counts the woman (gold README
"Implied counts").
"""

from __future__ import annotations

from collections.abc import Container, Iterator

from spacy.tokens import Token

from factcheck.extract.implied.named_victims import is_person_of_either_number
from factcheck.extract.lexicon import (
    FEMALE_PERSON_NOUNS,
    FIRING_VERBS,
    MALE_PERSON_NOUNS,
)

# the main clause's link to the participle: "shot at him, injuring him" (advcl), the parse's
# "shot the gunman injuring him" (ccomp)
_PARTICIPLE_DEPS = frozenset({"advcl", "ccomp"})
# the verbs whose aim is the participle's person: "shot back at", "fired at", "pointed ... at"
_AIMING_VERBS = FIRING_VERBS | {"point", "aim"}


def participle_target(
    pronoun: Token, verb: Token, names: Container[str], seen: set[int]
) -> Token | None:
    """The person ``pronoun`` ("him", "her"), the object of the participle ``verb``
    ("injuring"), stands for: whom the main clause shot, or fired or pointed at; None if the
    main clause has no such person."""
    if verb.tag_ != "VBG" or verb.dep_ not in _PARTICIPLE_DEPS or verb.i < verb.head.i:
        return None
    main = verb.head
    if main.pos_ != "VERB":
        return None
    other = FEMALE_PERSON_NOUNS if pronoun.lower_ == "him" else MALE_PERSON_NOUNS
    for person in _aimed_at(main, verb):
        if (
            person.i not in seen
            and person.lemma_.lower() not in other
            and is_person_of_either_number(person, names)
        ):
            return person
    return None


def _aimed_at(main: Token, participle: Token) -> Iterator[Token]:
    """The people the main clause shot or aimed at, in this order: the participle's subject
    where the parse makes the one shot that ("shot the gunman injuring him"), a firing verb's
    object ("shot the gunman"), then the objects of "at" before the participle anywhere under
    the verb, in text order ("shot back at the suspect", "pointed a rifle at Tom Reed and
    fired": the verb it is joined to too)."""
    if main.dep_ != "ROOT" and main.lemma_.lower() not in _AIMING_VERBS:
        return
    verbs = [main]
    if main.dep_ == "conj" and main.head.pos_ == "VERB":
        verbs.append(main.head)  # "pointed a rifle at Tom Reed and fired, killing him"
    if participle.dep_ == "ccomp" and main.lemma_.lower() in FIRING_VERBS:
        # "shot the gunman injuring him": the parse makes the one shot the participle's subject
        yield from (c for c in participle.children if c.dep_ == "nsubj")
    for verb in verbs:
        if verb.lemma_.lower() not in _AIMING_VERBS:
            continue
        if verb.lemma_.lower() in FIRING_VERBS:
            yield from (c for c in verb.children if c.dep_ == "dobj")
        for word in verb.subtree:
            # "at the suspect", hung on the verb, its "back" or its object ("a rifle at")
            if word.dep_ == "pobj" and word.head.lower_ == "at" and word.i < participle.i:
                yield word
