"""A cue whose figure noun says what its figures count keeps to the figures of that thing:
"Reuters could not independently verify the passenger numbers" reaches the count of passengers,
not the lede's toll from the same officials; "The figures for injured officers could not be
verified" reaches the officers hurt, not the arrests or the deaths given beside them (gold
README, "Caveat scope": "attaches to the figures it refers to"). Pure.

The thing counted is a common noun compounded on the figure noun, or the object of its "for" or
"on". A word that names a source instead ("the police figures") says whose figures, not what
they count, and leaves the cue as it was; so does a word no reached figure counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.caveats.cue_referents import referring_noun
from factcheck.extract.lexicon import COUNTED_FIGURE_NOUNS, COUNTED_PREPOSITIONS

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def keep_counted(cue: Cue, figures: Sequence[CaveatTarget], attached: list[int]) -> list[int]:
    """The figures of ``attached`` that count what the cue's figure noun names, with those of
    the cue's own sentence; ``attached`` as it is when the noun names no counted thing."""
    noun = referring_noun(cue)
    counted = _counted_word(noun) if noun is not None else None
    if counted is None or any(counted in _words(f.source.text) for f in figures):
        return attached
    matching = {i for i in attached if counted in _words(figures[i].subject)}
    if not matching:
        return attached
    sent_start = cue.token.sent.start
    kept = [i for i in attached if i in matching or figures[i].number.sent.start == sent_start]
    return sorted(set(kept) | _riders(figures, attached, matching))


def _riders(figures: Sequence[CaveatTarget], attached: list[int], matching: set[int]) -> set[int]:
    """The figures that go on a matching figure's phrase, each the next figure of its clause:
    "83 police officers had been injured, 12 of them seriously", "about 1,400 passengers,
    nearly twice its authorised capacity"; not after a conjunction that opens another clause
    ("..., and that 210 people had been arrested")."""
    riders: set[int] = set()
    for i in sorted(attached):
        before = i - 1
        if before not in matching | riders or before not in attached:
            continue
        first, second = figures[before].number, figures[i].number
        if first.sent.start != second.sent.start:
            continue
        between = first.doc[first.i + 1 : second.i]
        if not any(t.dep_ in ("cc", "mark") or t.lower_ in _CLAUSE_JOINERS for t in between):
            riders.add(i)
    return riders


_CLAUSE_JOINERS = frozenset({"and", "but", "while", "whereas", ";"})


def _counted_word(noun: Token) -> str | None:
    if noun.lemma_.lower() not in COUNTED_FIGURE_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            return _stem(child.lower_)  # "the passenger numbers"
        if child.dep_ == "prep" and child.lower_ in COUNTED_PREPOSITIONS:
            thing = next((c for c in child.children if c.dep_ == "pobj"), None)
            if thing is not None and thing.pos_ == "NOUN":
                return _stem(thing.lower_)  # "the figures for injured officers"
    return None


def _words(text: str) -> set[str]:
    return {_stem(w) for w in text.lower().split()}


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
