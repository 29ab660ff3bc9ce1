"""One unnamed person of a named body is an anonymous source: "a Carrier executive told
employees", "a New Hampshire Republican said", "one Trump confidant said", "A top Donald Trump
adviser says". The name in the phrase is the body or person the speaker belongs to, not
the speaker; the golds write "a store employee", "an ICE spokeswoman", "A senior AFAD official"
anonymous (gold README, "Source kinds": unnamed people -> anonymous; "a US official said").

A person named after the head ("A Twitter spokesman, Christopher Abboud") is named, and the
phrase keeps the classifier's other rules; so does a phrase that is no speaker's ("the attack
by an American Muslim").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    KIN_SOURCE_HEADS,
    MEMBER_PERSON_HEADS,
    ONE_UNNAMED_DETERMINERS,
    PERSON_DESCRIPTOR_NOUNS,
    SPOKESPERSON_HEADS,
    UNNAMED_PEOPLE_HEADS,
)
from factcheck.extract.sources.appositive_speakers import speaks_as_apposition
from factcheck.extract.sources.misparsed_speakers import speaks_by_a_hung_verb

_PERSON_HEADS = (
    PERSON_DESCRIPTOR_NOUNS
    | UNNAMED_PEOPLE_HEADS
    | SPOKESPERSON_HEADS
    | KIN_SOURCE_HEADS
    | MEMBER_PERSON_HEADS
)


def one_unnamed_member(span: Span, head: Token) -> bool:
    """The phrase names one person, unnamed: an indefinite singular head that is a word for a
    person ("executive", "confidant") or a member of a people the tagger marks NORP
    ("Republican", "Muslim"), speaking (the subject, or "according to" it), with no person's name
    after it: not "a representative for Mr. Pinchuk", whom a later "he" must still find."""
    if head.tag_ not in ("NN", "NNP"):
        return False
    if head.dep_ not in ("nsubj", "nsubjpass") and not _according_to(head):
        if not speaks_as_apposition(head) and not speaks_by_a_hung_verb(head):
            # "In Kisumu, a nurse at the clinic said", "a nurse who asked ... said"
            return False  # "the attack by an American Muslim": no speaker
    if not any(
        c.dep_ in ("det", "nummod") and c.lower_ in ONE_UNNAMED_DETERMINERS for c in head.lefts
    ):
        return False
    if head.ent_type_ != "NORP" and head.lemma_.lower() not in _PERSON_HEADS:
        return False
    return not any(t.ent_type_ == "PERSON" for t in span if t.i > head.i)


def _according_to(head: Token) -> bool:
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def names_one_unnamed_member(tokens: list[str]) -> bool:
    """The words of an anonymous source phrase name one unnamed person (the caveat's test,
    which has the words only): an indefinite determiner, then a word for a person or, last, a
    member of a people written as a name ("an Iowa Democrat", "a New Hampshire Republican"):
    every word capitalised, the last singular (not "a trio of PACs")."""
    if len(tokens) < 2 or tokens[0].lower() not in ONE_UNNAMED_DETERMINERS:
        return False
    rest = tokens[1:]
    if not any(t[:1].isupper() for t in rest):
        return False  # "One pastor", "A winning candidate": the classifier's own anonymous
    if {t.lower() for t in rest} & _PERSON_HEADS:
        return True
    return all(t[:1].isupper() for t in rest) and not rest[-1].endswith("s")
