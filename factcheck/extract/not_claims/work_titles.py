"""A number inside the title of a work (a film, book, song or series) is no claim: "the movie
13 Hours", "a song called "2 techs and a 50 shot"", "the eighth installment of '16 And
President", "co-author of Three's a Crowd", and the title's later bare re-mentions ("13 Hours
will tell the story"). Pure functions over the Doc (issue 11, fp48).

Gold README, "not claims": numbers that are part of a name are not claims (realgold16 and
realgold24 golds list these numbers under ``not_claims``). A title is recognised by what names
it: a work noun or a naming verb just before it ("the film", "a song titled"), a work noun just
after a title-case run ("Zuckoff's 13 Hours book"), or "author of" before it. A figure that
only follows a work noun ("the book sold 2 million copies") is no title: the word after the
number must be title case, or the number must sit inside quotes opened right after the noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# fmt: off
# Nouns for a work whose title may follow them: "the movie 13 Hours".
WORK_NOUNS = frozenset({
    "movie", "film", "book", "novel", "memoir", "song", "album", "series", "documentary",
    "musical", "installment", "episode", "miniseries", "sitcom",
})
# Verbs that introduce a name in quotes: "a song called "2 techs and a 50 shot"".
NAMING_WORDS = frozenset({"called", "titled", "entitled", "named", "dubbed"})
# Nouns for a work's maker whose work follows "of": "co-author of Three's a Crowd".
AUTHOR_NOUNS = frozenset({"author", "co-author", "coauthor", "writer", "director", "producer"})
OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "''", "`", "``", "’"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "''"})
# The possessive that may follow a title's number: "Three's a Crowd".
TITLE_POSSESSIVES = frozenset({"'s", "’s"})
# fmt: on
# How many tokens before the number a quoted title may open.
_QUOTE_REACH = 10


def is_in_work_title(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` sits in the title of a film, book or song."""
    if _opens_a_named_title(doc, start, end):
        return True
    return any(
        _opens_a_named_title(doc, earlier.i, earlier.i + end - start)
        for earlier in _earlier_same_run(doc, start, end)
    )


def _opens_a_named_title(doc: Doc, start: int, end: int) -> bool:
    """The number opens or sits in a title that a work noun, naming verb or author names."""
    before = _skip_back(doc, start)
    if before is None:
        return False
    opener = doc[before]
    quoted = doc[start - 1].text in OPENING_QUOTES
    if opener.lower_ in WORK_NOUNS and (quoted or _title_word_follows(doc, start, end)):
        return True
    if opener.lower_ == "of" and before > 0 and doc[before - 1].lower_ in AUTHOR_NOUNS:
        return _title_word_follows(doc, start, end)
    if _title_word_follows(doc, start, end) and _work_noun_after_run(doc, end):
        return True
    return _inside_named_quote(doc, start)


def _opens_a_title(doc: Doc, quote: int) -> bool:
    """ "a song called "2 techs"", "called ''Yuge!: 30 Years''": a naming word opens the quote
    and its first word is no lower-case one (not a speaker's label: whom he called "the most
    divisive figure in 25 years")."""
    return (
        quote > 0
        and doc[quote - 1].lower_ in NAMING_WORDS | WORK_NOUNS
        and quote + 1 < len(doc)
        and not doc[quote + 1].is_lower
    )


def _skip_back(doc: Doc, start: int) -> int | None:
    """The index of the word before the number, past one opening quote and one comma or "of"."""
    i = start - 1
    if i >= 0 and doc[i].text in OPENING_QUOTES:
        i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 0 and (doc[i].text == "," or doc[i].lower_ == "of") and i > 0:
        if doc[i - 1].lower_ in WORK_NOUNS:
            i -= 1
    return i if i >= 0 else None


def _title_word_follows(doc: Doc, start: int, end: int) -> bool:
    """A title-case word follows the number inside its span or right after it ("13 Hours")."""
    after = [t for t in doc[start + 1 : end] if t.is_alpha]
    if end < len(doc):
        after.append(doc[end])
    return bool(after) and _is_title_word(after[0]) and not after[0].is_sent_start


def _is_title_word(token: Token) -> bool:
    return token.is_alpha and token.is_title or token.lower_ in TITLE_POSSESSIVES


def _work_noun_after_run(doc: Doc, end: int) -> bool:
    """ "Zuckoff's 13 Hours book": a work noun closes the title-case run after the number."""
    i = end
    while i < len(doc) and i < end + 4 and _is_title_word(doc[i]):
        i += 1
    return i < len(doc) and doc[i].lower_ in WORK_NOUNS and doc[i].is_lower


def _inside_named_quote(doc: Doc, start: int) -> bool:
    """ "a song called "2 techs and a 50 shot"": the quote a naming word opens holds the number."""
    for i in range(start - 1, max(start - _QUOTE_REACH, 0) - 1, -1):
        token = doc[i]
        if token.text in CLOSING_QUOTES and i < start - 1 and token.text not in OPENING_QUOTES:
            return False
        if token.text in OPENING_QUOTES:
            return _opens_a_title(doc, i)
        if token.is_sent_start:
            return False
    return False


def _earlier_same_run(doc: Doc, start: int, end: int) -> list[Token]:
    """Earlier tokens that open the same number and title-case word: "13 Hours" seen before."""
    if not _title_word_follows(doc, start, end):
        return []
    inside = any(t.is_alpha for t in doc[start + 1 : end])
    width = end - start if inside else end - start + 1
    words = [t.text for t in doc[start : start + width]]
    return [
        doc[i]
        for i in range(start)
        if doc[i].text == words[0] and [t.text for t in doc[i : i + width]] == words
    ]
