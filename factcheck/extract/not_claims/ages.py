"""Ages used as descriptors: "Smith, 45, said", "aged 45", "voters 18 to 29", "dies at 92" (gold
README, "What is not a claim"). Pure.

A person's age describes the person and counts nothing. It is read from the words around the
number: an age word before it ("aged", "ages", "age of"), a list or range that "ages" opens, a
range glued into "18-to-34-year-olds", an age said of someone ending its clause, or a number set
off by commas after a person or people. A spelled number is an age only where "ages" says so.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    AGE_ADVERBS,
    AGE_AFTER,
    AGE_CLAUSE_CLOSERS,
    AGE_CLOSERS,
    AGE_LIST_WORDS,
    AGE_OF_RANGE_JOINERS,
    AGE_RANGE_JOINERS,
    AGE_WORDS,
    AGED_ROLE_NOUNS,
    AGED_SUBJECTS,
    CASUALTY_PERSON_NOUNS,
    OFFICE_TITLES,
    PERSON_NOUNS,
)
from factcheck.extract.mentions.quantities import is_spelled_number

# "18-to-34-year-olds", "18-34-year-old voters": the low end of a range of ages, glued.
_AGE_RANGE_LOW_RE = re.compile(r"^[-–](?:to-|through-)?\d{1,3}-year", re.IGNORECASE)


def is_age(doc: Doc, start: int, end: int) -> bool:
    """ "Smith, 45, said", "aged 45": an age used as a descriptor (gold README)."""
    # "two children, ages two and four": a spelled age only where "ages" says so
    spelled = end - start == 1 and is_spelled_number(doc[start])
    if not spelled and (end - start != 1 or not doc[start].is_digit or len(doc[start]) > 3):
        return False
    if not spelled and not 0 < int(doc[start].text) < 120:
        return False
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ in AGE_WORDS:
        return True
    before = [t.lower_ for t in doc[max(start - 3, 0) : start]]
    if before[-2:] == ["age", "of"] or _in_age_list(doc, start):
        return True  # "under the age of 13", "ages 5 and 7", "ages 11, 10 and 7"
    if _between_the_ages_of(doc, start):
        return True  # "voters between the ages of 18 and 29"
    if spelled:
        return _predicative_age(doc, start, end)  # "He was only ten."
    if before[-2:] == ["age", "from"] or _in_age_range(doc, start, end):
        return True  # "ranged in age from 8 to 15", "voters ages 18 to 39", "18-to-34-year-olds"
    if before in (["as", "young", "as"], ["as", "old", "as"]) and not _unit_follows(doc, end):
        return True  # "volunteers as young as 16 and as old as 85"; not "as old as 300 years"
    after = [t.lower_ for t in doc[end : end + 4]]
    if after[:1] in (["and"], ["or"]) and (
        (len(after) > 1 and after[1] in AGE_AFTER) or after[2:4] == ["-", "year"]
    ):
        return True  # "voters 45 and older", "her 13 and 9-year-old sons"
    if after[:3] == ["years", "of", "age"]:
        return True  # "Lee was 39 years of age"
    if _in_list_of_years_old(doc, end):
        return True  # "The victims were 19, 20 and 22 years old"
    if _predicative_age(doc, start, end):
        return True
    if start < 2 or end >= len(doc) or prev is None:
        return False
    if not (doc[end].text in AGE_CLOSERS or doc[end].lower_ == "and" or _ends_sentence(doc, end)):
        return False
    subject = doc[start - 2]
    if prev.lower_ in ("is", "was") and (subject.lower_ in AGED_SUBJECTS or _names_people(subject)):
        return True  # "his son, who is 11, ...", "one is 18, the other is 19"
    return _after_person_and_comma(doc, start)


def _unit_follows(doc: Doc, end: int) -> bool:
    """A noun after the number measures something else ("as old as 300 years", "as young as
    six months" is a span): only a bare number is an age."""
    return end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].lower_ != "and"


def _in_age_range(doc: Doc, start: int, end: int) -> bool:
    """ "ages 18 to 39", "from 8 to 15" after "in age", "18-to-34-year-olds": either end of a
    range of ages is an age (realgold8, realgold10, realgold16 golds: not claims)."""
    low = start - 1
    while low >= 0 and start - low <= 3 and doc[low].lower_ in AGE_RANGE_JOINERS:
        low -= 1  # "18 to 39", "18 - to - 39"
    if 0 <= low < start - 1 and doc[low].is_digit and is_age(doc, low, low + 1):
        return True
    if end >= len(doc) or doc[end - 1].whitespace_:
        return False
    # doc.text[idx : idx + 24] without joining the whole Doc anew per figure (speedA: 18% of
    # find_mentions): every token has text, so 24 tokens hold the first 24 characters
    after = "".join(t.text_with_ws for t in doc[end : end + 24])[:24]
    return _AGE_RANGE_LOW_RE.match(after) is not None


def _predicative_age(doc: Doc, start: int, end: int) -> bool:
    """ "dies at 92", "who was just 14 at the time": an age said of someone, ending its clause
    (not "died at 5 p.m.", "was 14 points ahead")."""
    after = [t.lower_ for t in doc[end : end + 3]]
    closes = (
        not after
        or doc[end].is_punct
        or doc[end].is_space
        or after == ["at", "the", "time"]
        or after[0] in AGE_CLAUSE_CLOSERS  # "who was just 16 when he was first arrested"
    )
    if start < 2 or not closes:
        return False
    k = start - 1
    while k > 0 and doc[k].lower_ in AGE_ADVERBS:
        k -= 1
    if doc[k].lower_ == "at" and doc[k - 1].lemma_.lower() == "die":
        return True  # "dies at 92", "died at 88 in her home"
    return doc[k].lower_ in ("is", "was") and k > 0 and doc[k - 1].lower_ in ("who", "she", "he")


def _after_person_and_comma(doc: Doc, start: int) -> bool:
    """ "Ana Ruiz, 19,", "the victim, 34,", "her sons, 7 and 8,", "two teens, one 16 and the
    other 17,", "Lee, also 16,", "three friends, one of them only 14,": a number set off by
    commas after a person or people."""
    for k in range(start - 1, max(start - 9, 0), -1):
        token = doc[k]
        if token.text == ",":
            if _names_people(doc[k - 1]):
                return True
            continue  # "ages 12, 9 and 4": a comma inside the list
        if not (
            (token.is_digit and len(token) <= 3)
            or token.lower_ in AGE_LIST_WORDS
            or token.lower_ in AGE_ADVERBS  # "three friends, one of them only 14,"
        ):
            return False
    return False


def _names_people(token: Token) -> bool:
    return (
        token.ent_type_ == "PERSON"
        or (token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_upper)
        or (token.is_title and token.is_sent_start)
        # a headline's "after son, 2, accidentally shoots self": the tagger may call it a name
        or (token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in PERSON_NOUNS)
        # "The senator, 72, said", "The chairman, 58,": a person named by office or role
        or (token.tag_ == "NN" and token.lower_ in AGED_PEOPLE)
    )


# one person a singular noun can name (people by trade, kin, office or role)
AGED_PEOPLE = CASUALTY_PERSON_NOUNS | OFFICE_TITLES | AGED_ROLE_NOUNS


def _in_list_of_years_old(doc: Doc, end: int) -> bool:
    """ "were 19, 20 and 22 years old": a number in a list whose last number is followed by
    "years old" (the last one is read by the "years old" spans)."""
    k = end
    while k < len(doc) and k - end < 8 and doc[k].lower_ in (",", "and", "or"):
        k += 1
        if k < len(doc) and doc[k].is_digit and len(doc[k]) <= 3:
            k += 1
        else:
            return False
    words = [t.lower_ for t in doc[k : k + 2]]
    return k > end and words == ["years", "old"]


def _between_the_ages_of(doc: Doc, start: int) -> bool:
    """ "between the ages of 18 and 29", "ages of 25 to 34": either end of a range of ages that
    "ages of" opens describes a group (gold README: ages used as descriptors; realgold7 gold:
    "age range describing the group"); the plural of "under the age of 13"."""
    before = [t.lower_ for t in doc[max(start - 4, 0) : start]]
    if before[-2:] == ["ages", "of"]:
        return True
    return (
        len(before) == 4
        and before[:2] == ["ages", "of"]
        and before[3] in AGE_OF_RANGE_JOINERS
        and (doc[start - 2].is_digit or is_spelled_number(doc[start - 2]))
    )


def _in_age_list(doc: Doc, start: int) -> bool:
    """ "ages 11, 10 and 7": a number in a list that "ages" opens."""
    for token in reversed(doc[max(start - 8, 0) : start]):
        if token.lower_ in AGE_WORDS:
            return token.i < start - 1
        if not (token.is_digit or is_spelled_number(token) or token.lower_ in (",", "and", "or")):
            return False
    return False


def _ends_sentence(doc: Doc, end: int) -> bool:
    """A full stop that ends the sentence: before the next sentence, a line break, or the
    quote mark that opens a next sentence the parser joins on (said Ana Ruiz, 24. "This
    is ...")."""
    return doc[end].text == "." and (
        end + 1 >= len(doc)
        or doc[end + 1].is_sent_start
        or doc[end + 1].is_space
        or (doc[end + 1].is_quote and doc[end].whitespace_ != "")
    )
