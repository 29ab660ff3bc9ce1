"""Who an ordinal casualty is, said beside it: "A third victim, Ann Lee, was also shot". Pure.

An indefinite ordinal brings in one more person, an implied count of 1 whose span is the noun
without the ordinal ("A fourth person": the gold writes "person"; docs/gold-conventions.md,
"Ordinals"). Where an appositive right after the noun says who that person is ("his first
victim, a 20-year-old aspiring actress", "The fourth victim, a woman, was taken to ...", "A
third victim, Ann Lee, was also shot"), the person's noun phrase reaches over it: the golds
write the appositive (realgold5, realgold10, realgold16) or the noun (realgold14, tune22), and
one span over both is the person either way.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.person_shapes import is_age_word
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS


def ordinal_appositive(person: Token) -> Token | None:
    """The appositive after ``person`` that names or describes the one person it is: a name,
    a person noun or an age standing for a person; None if there is none."""
    for appos in person.rights:
        if appos.dep_ != "appos":
            continue
        if not _separated_by_comma(person, appos):
            return None
        if appos.pos_ == "PROPN" and not any(c.dep_ == "conj" for c in appos.children):
            return appos  # "A third victim, Ann Lee," (not a list "Ann Lee and Tom Ray")
        if appos.pos_ == "NOUN" and appos.tag_ == "NN":
            # "The fourth victim, a woman,", "a friend of ...", and any noun an age marks
            # as a person: "his first victim, a 20-year-old aspiring actress"
            if appos.lemma_.lower() in CASUALTY_PERSON_NOUNS or any(
                is_age_word(c) for c in appos.lefts
            ):
                return appos
        if is_age_word(appos):
            return appos  # "his first victim, a 20-year-old"
        return None
    return None


def _separated_by_comma(person: Token, appos: Token) -> bool:
    """A comma right after the person's noun, as an appositive is written."""
    return person.i + 1 < len(person.doc) and person.doc[person.i + 1].text == ","
