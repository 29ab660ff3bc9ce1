""" "The country's disaster management agency" and "the National Institute for Disaster Risk
Management and Reduction" are one body: the words that describe the body ("disaster
management") are words of its name, so "the agency" and "the institute" name the same source.
Pure.

Gold README, "Caveat scope" (a caveat attaches to the figures of the source it is about):
wire copy describes a body in its lede by what it does ("the country's disaster management
agency said") and names it in full a paragraph later ("The National Institute for Disaster Risk
Management and Reduction, known by its Portuguese acronym INGD, said 212 people had been
injured"), then refers back with either head noun: "The agency said the figures were
preliminary" are the institute's figures too (tests/wire2r r_1 gold: the 212 injured and 18
missing preliminary; tests/wire2g g_3 gold: "the institute said 112 people were injured" and
its damage counts, under "the figures were preliminary" after "..., the agency said"). The
source key (``caveat_scope.source_key``) is the head noun of the phrase, so the two heads never
met. A description counts only when every word of it but the head is a word of the name (at
least one such word), the name is a proper one (capitalised words) and the heads differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.lexicon import SOURCE_KEY_STOPS
from factcheck.model import Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
_NAME_LINKS = frozenset({"of", "for", "and", "the", "on"})
# the words after a name's head: "Institute for ...", "Commission on ..."
_HEAD_LINKS = frozenset({"for", "on"})


def body_aliases(sources: Iterable[Source]) -> dict[str, frozenset[str]]:
    """Each source key with the other keys that name the same body in the article: "agency"
    -> {"institute", "reduction"} and back, from a lower-case description whose words all
    stand in a proper name with another head. A name's key is its last word ("... Management
    and Reduction"), while "the institute" reads the head before its "for"; both are the
    name's heads."""
    descriptions: list[tuple[str, frozenset[str]]] = []
    names: list[tuple[frozenset[str], frozenset[str]]] = []
    for source in sources:
        key = source_key(source)
        if source.kind is not SourceKind.NAMED_ORG or not key:
            continue
        text = re.split(r"[,(]| who | which | that | whose ", source.text)[0]
        words = [
            w
            for w in _WORD_RE.findall(text)
            if w.lower() not in SOURCE_KEY_STOPS and not re.search(r"['’]s$", w)
        ]
        lowered = [w.lower() for w in words]
        if len(words) >= 2 and all(w.islower() for w in words):
            descriptions.append((key, frozenset(lowered[:-1])))
        elif sum(1 for w in words if w[0].isupper() and w.lower() not in _NAME_LINKS) >= 2:
            link = next((k for k, w in enumerate(lowered) if w in _HEAD_LINKS), 0)
            heads = {key, lowered[link - 1]} if link > 0 else {key}
            names.append((frozenset(heads), frozenset(lowered)))
    aliases: dict[str, set[str]] = {}
    for head, described in descriptions:
        for name_heads, name in names:
            if head in name_heads or not described <= name:
                continue
            body = name_heads | {head}
            for word in body:
                aliases.setdefault(word, set()).update(body - {word})
    return {k: frozenset(v) for k, v in aliases.items()}


def same_body(key: str, other: str, aliases: dict[str, frozenset[str]]) -> bool:
    """The two source keys name one body: the same key, or aliases of each other."""
    return key == other or other in aliases.get(key, frozenset())


def referred_back(
    figures: Sequence[CaveatTarget],
    index: int,
    found: list[int],
    aliases: dict[str, frozenset[str]],
    speaker: str = "",
) -> list[int]:
    """``found`` (the figures of the source of ``index`` up to it) with the figures up to it
    that the same body gives under another head in its bare form ("the institute said 112
    people were injured" for "the agency"), as wire copy refers back to a body it named in
    full; not the figures of the full name itself ("according to the National Institute for
    ...": the storm's wind speeds in tests/wire2g g_3, no preliminary in its gold). The
    ``speaker`` who calls the figures preliminary gives its own under its own head ("The agency
    said the figures were preliminary": the lede's "the country's disaster management agency
    said", tests/wire2r r_1 gold). ``aliases`` is ``body_aliases`` of the figures' sources, which
    the caller has already read."""
    key = source_key(figures[index].source)
    other = aliases.get(key, frozenset())
    if not other:
        return found
    extra = [
        i
        for i in range(index + 1)
        if source_key(figures[i].source) in other
        and (_bare(figures[i].source) or source_key(figures[i].source) == speaker)
    ]
    return sorted({*found, *extra})


def _bare(source: Source) -> bool:
    """The source phrase is its head alone, after a determiner: "the institute"."""
    return len([w for w in _WORD_RE.findall(source.text) if w.lower() not in SOURCE_KEY_STOPS]) == 1
