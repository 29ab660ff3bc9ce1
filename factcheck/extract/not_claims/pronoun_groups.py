"""A group named again by a pronoun: "the two of them", "the three of us" (issue 11). Pure.

"Is this a priority for the two of them?", "a battle between the two of them": the number
picks out people named before and counts nothing new (docs/gold-conventions.md "Re-mentions":
people named one by one and re-mentioned are not claims), as "between the two." already is.
The caller keeps it a claim when the sentence says what happened to them ("the three of them
were shot": a counted casualty, same ruling).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    BARE_RE_MENTION_DETERMINERS,
    BARE_RE_MENTION_NUMBERS,
    PRONOUN_GROUP_OBJECTS,
)


def is_the_few_of_them(token: Token) -> bool:
    """True if ``token`` is the number of "the two of them", "the three of us"."""
    doc = token.doc
    i = token.i
    return (
        token.lower_ in BARE_RE_MENTION_NUMBERS
        and 0 < i < len(doc) - 2
        and doc[i - 1].lower_ in BARE_RE_MENTION_DETERMINERS
        and doc[i + 1].lower_ == "of"
        and doc[i + 2].lower_ in PRONOUN_GROUP_OBJECTS
    )
