"""Whether the article writes a name the way it writes a person's: after a first name ("Phoenix
Mayor Greg Stanton ... Stanton wrote") or after an age ("40-year-old Freida Tiggs ... Tiggs
said"). The tagger reads such surnames alone as organisations now and then (realgold33
"Stanton", gva "Tiggs": named_person in the golds, named_org in the extract), while the way the
article introduced the person says what they are. Pure: ``name_kinds._described_names``
keeps the words it finds in the article's one table of name kinds, which
``name_kinds.kind_of_name`` asks before it counts the tagger's votes."""

from __future__ import annotations

import re

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    FEMALE_FIRST_NAMES,
    INSTITUTION_HEADS,
    MALE_FIRST_NAMES,
    NAME_TITLE_WORDS,
    ORG_DESCRIPTOR_NOUNS,
    ORG_HEADS,
)

_AGE_RE = re.compile(r"(?<!\d)\d{1,3}-year-old$")
# an age anywhere in a description ("a52-year-oldformer", its words joined without spaces)
_AGED_RE = re.compile(r"(?<!\d)\d{1,3}-year-old")
# "40-year-old" as the tokenizer splits it: 40 - year - old
_AGE_TOKENS = 5
# How many words of a name may stand between a title and the name's last word ("Chief Ruiz",
# "Mayor Jan Reyes", "Sgt. Mary Ann Lopez").
_NAME_WORDS = 3


def cued_name_end(token: Token) -> bool:
    """ "Greg Stanton", "40-year-old Freida Tiggs": the last word of a capitalised name whose
    first word is a first name or follows an age. Not a name that goes on ("Greg Stanton
    Foundation" ends at "Foundation", which no first name precedes)."""
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_title:
        return False
    if token.i < 1 or not token.doc[token.i - 1].is_title:
        return False
    first = token.doc[token.i - 1]
    if first.lower_ in MALE_FIRST_NAMES or first.lower_ in FEMALE_FIRST_NAMES:
        return True
    before = "".join(t.text for t in token.doc[max(first.i - _AGE_TOKENS, 0) : first.i])
    return bool(_AGE_RE.search(before)) or titled_name_end(token)


def titled_name_end(token: Token) -> bool:
    """ "Police Chief Ana Ruiz", "Mayor Jan Reyes", "Chief Ruiz": the last word of a proper name
    written right after a title of rank or office, a person's name whatever the tagger made of
    it (invented names it does not know come out as organisations). Not a body's name that a
    title runs into ("the President Obama Library", "Sheriff Department"): a last word that
    names an institution is no one's surname."""
    doc = token.doc
    if token.pos_ != "PROPN" or _names_a_body(token) or token.lower_ in NAME_TITLE_WORDS:
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].is_title:
        return False
    start = token.i
    while start > 0 and token.i - start < _NAME_WORDS:
        before = doc[start - 1]
        if before.lower_ in NAME_TITLE_WORDS:
            return True
        if before.pos_ != "PROPN" or not before.is_title or _names_a_body(before):
            return False
        start -= 1
    return False


def _names_a_body(token: Token) -> bool:
    word = token.lower_
    return word in ORG_HEADS or word in ORG_DESCRIPTOR_NOUNS or word in INSTITUTION_HEADS


def aged_description(noun: Token) -> bool:
    """ "Olena, a 52-year-old pharmacist", "Rosa Vega, a 67-year-old retired seamstress": a
    description in apposition that gives an age describes a person, whatever its noun (no
    body has an age in years); the wire genre introduces the people it quotes this way (tests/
    wirea, tests/wireb: three speakers the tagger read as a nationality, an organisation, a
    place), and a "she said" that follows stands for them."""
    if noun.dep_ != "appos":
        return False
    written = "".join(t.text for t in noun.doc[noun.left_edge.i : noun.i])
    return bool(_AGED_RE.search(written))
