"""A capitalised number word that opens a name: "a shooting in Three Rivers", "she earns Three
Pinocchios", "the group One Wisconsin Now", "USA TODAY's One Nation initiative" (session 46,
branch fp4; generalises the "One" of session 24 to every number word). Pure.

Gold README: numbers inside names are not claims (realgold6 gold: "part of a name (Three
Rivers)", three times; realgold32: "rating name (Pinocchio scale)"). Inside a sentence, after a
lower-case word, a number word a writer capitalises before a capitalised name is the name's
first word: a count is written in lower case ("killed three Rivers residents"). The same pair
at a sentence's start ("Three Rivers double homicide suspects arrested", a headline's first
word) is the same name when the article also writes it so inside a sentence. Not a title-case
headline's "Wounding Two Officers" (the word before is title case too, and the headline is
given to the parser in sentence case: ``headline_case.py``), not "Mass Shooting, One Dead"
(a comma before), not a sentence's first word alone ("Three Democrats voted no").

The pairs the article writes inside a sentence are found once per Doc and kept in
``doc.user_data`` (``token_index``, ``doc_cache``): the walk over every token was made anew
for each number word at a sentence's start.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import NUMBER_WORDS, POSSESSIVE_MARKS, SCALE_WORDS
from factcheck.extract.mentions.quantities import is_spelled_number
from factcheck.extract.token_index import tokens_with_lower

_NAMES_INSIDE = "factcheck_spelled_names_inside"


def is_spelled_number_name(doc: Doc, start: int, end: int) -> bool:
    """True if the number word at ``start`` opens a name ("in Three Rivers")."""
    if end - start != 1 or end >= len(doc) or not _opens_a_name(doc[start], doc[end]):
        return False
    if _inside_a_sentence(doc, start):
        return True
    return (doc[start].text, doc[end].text) in names_inside_sentences(doc)


def names_inside_sentences(doc: Doc) -> frozenset[tuple[str, str]]:
    """The number word and the word after it, as written, of each name a number word opens
    inside a sentence of ``doc`` ({("Three", "Rivers")} for "a shooting in Three Rivers"),
    found once per Doc. A number word at a sentence's start is never inside one, so it never
    vouches for itself."""
    pairs: frozenset[tuple[str, str]] | None = doc.user_data.get(_NAMES_INSIDE)
    if pairs is None:
        pairs = doc.user_data[_NAMES_INSIDE] = frozenset(
            (token.text, doc[token.i + 1].text)
            for token in tokens_with_lower(doc, NUMBER_WORDS.keys() | SCALE_WORDS.keys())
            if token.i + 1 < len(doc)
            and _opens_a_name(token, doc[token.i + 1])
            and _inside_a_sentence(doc, token.i)
        )
    return pairs


def _opens_a_name(number: Token, nxt: Token) -> bool:
    """A title-case number word before a title-case proper noun that starts no sentence."""
    return (
        is_spelled_number(number)
        and number.is_title
        and nxt.pos_ == "PROPN"
        and nxt.is_title
        and not nxt.is_sent_start
    )


def _inside_a_sentence(doc: Doc, i: int) -> bool:
    """After a lower-case word or a possessive mark, so not a sentence's or headline's first
    word and not a title-case run."""
    if i == 0 or doc[i].is_sent_start:
        return False
    prev = doc[i - 1]
    return (prev.is_lower and prev.is_alpha) or prev.lower_ in POSSESSIVE_MARKS
