"""A second person a casualty verb acts on, with the verb gapped: "shot the clerk in the arm
and a customer in the leg", "shooting him in the foot and the 16-year-old in the hand", "a man
was shot in the foot and a woman in the hand" (the passive's, impl55). Pure.

Gold README "Implied counts": each person a casualty verb acts on is counted, each where the
text names them with their own wound. With the verb left out of the second clause, the parse
hangs the second person on the verb as a conjunct, not as its object, so the verb's people
were its first object alone. The second person, a person noun or an age standing for one
("the 16-year-old"), with the place of its own wound after it ("in the leg"), is a count of 1
with the verb's measure. So is a named second person, or one with an age after it, where the
place after its phrase is a part of the body ("Ann Lee was shot in the arm and Bob Stone, 40,
in the leg", "and another man, 25, in the arm"; impl58): the parse then hangs the wound on the
verb or on the first wound, not on the person.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.implied.casualty_measures import is_unreal, measure_of
from factcheck.extract.implied.implied_people import person_phrase
from factcheck.extract.implied.own_wounds import has_own_wound, is_wound_place
from factcheck.extract.implied.person_shapes import is_age_word
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS, WOUND_PLACE_PREPS
from factcheck.extract.token_index import tokens_with_dep


def find_gapped_objects(doc: Doc) -> Iterator[tuple[int, int, str, int, Token]]:
    """(start, end, measure, 1, verb) for each person a gapped casualty verb acts on."""
    for person in tokens_with_dep(doc, "conj"):  # the only tokens asked (speed50)
        if not _gapped_person(person):
            continue
        verb = person.head
        if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            # "shot his wife in the chest and her sister in the back": the parse joins the
            # second person to the first one's wound
            verb = verb.head.head
        elif has_own_wound(verb, person):
            # "hit a woman in the arm and a man in the chest": the parse joins the second
            # person to the first (own_wounds.py)
            verb = verb.head
        if verb.pos_ != "VERB" or is_unreal(verb):
            continue
        measure = measure_of(verb, verb.lemma_.lower())
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < person.i]
        if not objects and (_body_part_after(person) or _wound_after_phrase(person)):
            # "a man was shot in the foot and a woman in the hand": the passive's subject is the
            # first person, the second's own body part tells its wound (impl55)
            objects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < person.i]
        if measure is None or not objects:
            continue
        tokens = person_phrase(person)
        if tokens[0].i == 0 or doc[tokens[0].i - 1].lower_ != "and":
            continue  # "and" right before the second person: the verb is gapped
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        yield start, end, measure, 1, verb


def _gapped_person(token: Token) -> bool:
    """A person noun ("a customer") or an age ("the 16-year-old"), with a determiner or an
    owner, the place of its wound after it ("in the leg"), and no verb of its own; or a name
    with a part of the body after its phrase ("and Bob Stone, 40, in the leg")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
        return False
    if _is_person_name(token):
        return _wound_after_phrase(token)
    if not any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    if (
        _wound_after_phrase(token)
        and token.pos_ == "NOUN"
        and token.lemma_.lower() in CASUALTY_PERSON_NOUNS
    ):
        return True  # "and another man, 25, in the arm"
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    wound = any(c.dep_ == "prep" and c.lower_ in WOUND_PLACE_PREPS for c in token.children)
    if not wound and (after is None or after.lower_ not in WOUND_PLACE_PREPS):
        return False
    if token.lower_ == "old":
        return is_age_word(token)
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.lemma_.lower() in CASUALTY_PERSON_NOUNS
    )


def _body_part_after(person: Token) -> bool:
    """ "a woman in the hand": the place after the gapped person is a part of the body."""
    return any(is_wound_place(p) for p in person.children)


def _is_person_name(token: Token) -> bool:
    """ "Bob Stone": a proper noun the tagger labels a person's name."""
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


def _wound_after_phrase(person: Token) -> bool:
    """ "Bob Stone, 40, in the leg", "another man, 25, in the arm": right after the person's
    words (and an age set off by commas) comes a part of the body, wherever the parse hangs it
    (on the verb, or on the first person's wound)."""
    doc = person.doc
    end = person.i + 1
    ages = [c for c in person.children if c.dep_ == "appos" and c.like_num and c.i > person.i]
    if ages:
        end = max(a.i for a in ages) + 1
        if end < len(doc) and doc[end].text == ",":
            end += 1
    return end < len(doc) and is_wound_place(doc[end])
