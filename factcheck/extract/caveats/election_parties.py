"""A party counting the election it contests: partisan_source on its figures of the race.

docs/gold-conventions.md, "A party on the election it contests" (session 73): a political party,
or an official who speaks for it, giving the seats it will win, the polling stations where it
alleges fraud or its own tally, is a party to the race, as a campaign is
(gold README, partisan_source: "the source is a party to the matter ('the campaign said')").
``contender_parties`` reads a party tied to a candidate; wire copy on parliamentary elections
names the party alone ("The Harvest Party (HP) said it had won 'at least 90 seats'", "HP
spokesman Ravi Menon", "Menon, the party's campaign chief").

The party is a name ending in a party word ("the Harvest Party", with its initials written
beside it), or a party word in the source phrase ("party spokesman", "the opposition
coalition"), or a person the article describes by such a word or name ("the party's campaign
chief, Petar Dimov"). The race is a word of ``PARTY_RACE_LEMMAS`` in the figure's sentence; the
vote, the ballots or the turnout alone are not (a state party announcing a caucus's count is
no party's count; with turnout and ballots the rule lowered a held-out real set's floor).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.lexicon import (
    PARTY_NAME_HEADS,
    PARTY_NAME_WORDS,
    PARTY_RACE_LEMMAS,
    PARTY_SOURCE_WORDS,
)
from factcheck.extract.token_index import tokens_with_lower
from factcheck.model import Source, SourceKind

_CACHE = "factcheck.election_parties"
_WORD_RE = re.compile(r"[\w'’.-]+")
# a description that makes its person a party's official: a party word, or the campaign's
# ("the party's campaign chief, Petar Dimov")
_OFFICIAL_WORDS = PARTY_SOURCE_WORDS | {"campaign"}
_NOT_A_PARTY_RE = re.compile(r"\bthird[- ]part(?:y|ies)\b", re.I)


def party_on_the_race(source: Source, number: Token) -> str | None:
    """The party the source speaks for, when the figure's sentence counts the race."""
    if source.kind is SourceKind.NONE or not _counts_the_race(number):
        return None
    if _NOT_A_PARTY_RE.search(source.text):
        return None
    names, officials = _parties(number.doc)
    words = _WORD_RE.findall(source.text)
    for word in words:
        lowered = word.lower().removesuffix("'s").removesuffix("’s")
        if lowered in PARTY_SOURCE_WORDS:
            return word
        if lowered in PARTY_NAME_WORDS and word[:1].isupper():
            return word
    lowered_text = " ".join(w.lower() for w in words)
    for name in sorted(names, key=lambda n: (-len(n), n)):
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lowered_text):
            return name
    if source.kind is SourceKind.NAMED_PERSON:
        return officials.get(source_key(source))
    return None


def _counts_the_race(number: Token) -> bool:
    return any(t.lemma_.lower() in PARTY_RACE_LEMMAS for t in number.sent)


def _parties(doc: Doc) -> tuple[frozenset[str], dict[str, str]]:
    cached = doc.user_data.get(_CACHE)
    if cached is None:
        names = _party_names(doc)
        cached = doc.user_data[_CACHE] = (names, _officials(doc, names))
    return cached


def _party_names(doc: Doc) -> frozenset[str]:
    """ "the Harvest Party (HP)" -> "harvest party", "hp": a capitalised party word with the
    words of its name before it, and the initials apposed to it."""
    found: set[str] = set()
    for token in tokens_with_lower(doc, PARTY_NAME_HEADS):
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        words = [t for t in token.subtree if t.dep_ == "compound" and t.i < token.i]
        if not words:
            continue
        found.add(" ".join(t.lower_ for t in [*words, token]))
        for child in token.children:
            if child.dep_ == "appos" and child.text.isupper() and len(child.text) > 1:
                found.add(child.lower_)
    return frozenset(found)


def _officials(doc: Doc, names: frozenset[str]) -> dict[str, str]:
    """The people named after a description that names a party: "HP spokesman Ravi Menon",
    "the party's campaign chief, Petar Dimov", by their source key."""
    officials: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        if root.dep_ == "appos" and root.head.i < ent.start:
            described = doc[root.head.left_edge.i : ent.start]
        else:  # "HP spokesman Ravi Menon": the role before the name, in its noun phrase
            described = doc[ent.start : ent.start]
            lefts = [t for t in root.lefts if t.i < ent.start]
            if lefts:
                described = doc[lefts[0].left_edge.i : ent.start]
        words = _WORD_RE.findall(described.text)
        lowered = " ".join(w.lower().removesuffix("'s").removesuffix("’s") for w in words)
        party = next((w for w in lowered.split() if w in _OFFICIAL_WORDS), None)
        if party is None:
            party = next(
                (
                    n
                    for n in sorted(names)
                    if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", lowered)
                ),
                None,
            )
        key = source_key(Source(text=ent.text, kind=SourceKind.NAMED_PERSON))
        if party is not None and key:
            officials.setdefault(key, party)
    return officials
