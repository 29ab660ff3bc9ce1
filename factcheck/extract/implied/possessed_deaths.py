"""An owner's violent death told by a possessive: "Man charged in teen's shooting death",
"Arrest made in woman's stabbing death", "Father charged in boy's beating death", "Police
seek suspect in clerk's killing": 1 killed, the owner (gold README "Implied counts"; the
tuning golds annotate "Suspects in 2-year-old's shooting death" as 1 killed). Pure.

Read by the words because the parse of a headline takes "shooting" for a verb and the owner
for its object's preposition, and then nothing is counted; where the parse reads the phrase
(a sentence: "in the girl's shooting death") the count it finds overlaps this one and wins.
The owner is a person noun or an age ("16-year-old's"); a name is left to the named-victim
rules and a pronoun ("his shooting death") re-mentions someone counted elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    CASUALTY_PERSON_NOUNS,
    DEATH_COMPOUND_HEADS,
    DEATH_MANNER_WORDS,
    VIOLENT_DEATH_NOUNS,
)
from factcheck.extract.token_index import tokens_with_lower

# the text of an age before its "'s": "16-year-old", "three-month-old"
_AGE = re.compile(r"(?:\d+|[a-z]+)-(?:year|month|week|day)s?-old$", re.IGNORECASE)
_POSSESSIVES = frozenset({"'s", "’s"})
_ARTICLES = frozenset({"a", "an", "the"})

PossessedDeath = tuple[int, int, str, int, Token, str]


def find_possessed_deaths(doc: Doc) -> Iterator[PossessedDeath]:
    """Yield (start, end, "killed", 1, death word, owner noun or "") for each "X's shooting
    death" or "X's killing" whose owner is a person noun or an age (module docstring)."""
    # the possessives only, from the Doc's index (a walk over every token cost 2% of
    # extraction; speed55): "'S" in a title-case headline is lowered, then refused as before
    for mark in tokens_with_lower(doc, _POSSESSIVES):
        if mark.text not in _POSSESSIVES or mark.i == 0 or mark.i + 1 >= len(doc):
            continue
        death = _death_word(doc, mark.i + 1)
        if death is None:
            continue
        span = _owner_span(doc, mark.i - 1)
        if span is not None:
            owner = doc[mark.i - 1]
            noun = owner.lower_ if owner.lower_ != "old" else ""
            yield span[0], span[1], "killed", 1, death, noun


def _death_word(doc: Doc, i: int) -> Token | None:
    """The word that tells the death, from the word after the possessive: "shooting death"
    (not "shooting death toll"), "killing"; else None."""
    word = doc[i]
    if word.lower_ in VIOLENT_DEATH_NOUNS:
        return word
    if word.lower_ not in DEATH_MANNER_WORDS or i + 1 >= len(doc):
        return None
    death = doc[i + 1]
    if death.lower_ != "death":
        return None
    after = doc[i + 2] if i + 2 < len(doc) else None
    if after is not None and after.lower_ in DEATH_COMPOUND_HEADS:
        return None
    return death


def _owner_span(doc: Doc, i: int) -> tuple[int, int] | None:
    """The character span of the owner ending at token ``i``, with an article right before
    it ("a man", "the 16-year-old"); None when it is no person noun or age."""
    owner = doc[i]
    first = i
    if owner.lower_ == "old":
        while first > 0 and not doc[first - 1].whitespace_ and doc[first - 1].text.strip():
            first -= 1
        words = doc[first : i + 1].text
        if not _AGE.search(words):
            return None
    elif owner.tag_ != "NN" or owner.lemma_.lower() not in CASUALTY_PERSON_NOUNS:
        return None
    if first > 0 and doc[first - 1].lower_ in _ARTICLES:
        first -= 1
    return doc[first].idx, owner.idx + len(owner.text)
