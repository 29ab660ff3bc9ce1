"""A government's toll of its own crackdown, lower than another count: partisan_source.

Gold README, partisan_source: "the source is a party to the matter". When security forces put
down a protest, the government they answer to (an interior or home ministry or minister, a
junta, "the government") is a party to that crackdown. Where it gives a death toll of the
protests that another source puts higher ("The interior minister said 11 people had died";
rights groups count 27), its figures of the dead, the hurt (its own officers among them) and
the people it arrested or charged are partisan (docs/gold-conventions.md, "A government's toll
of its own crackdown": 5 sets for, none against). Narrower than session 72's reverted reading:
not the police (their tolls were not partisan in the two sets that have one), not a ministry's
arrests or crowd counts where it gives no contested death toll (split between writers).

The source is such a body by its phrase ("Home ministry", "The junta"), or a person whose first
mention stands right after such a role ("Interior Cabinet Secretary Daniel Kiprono" ...
"Kiprono said").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from factcheck.extract.caveats.armed_parties import counts_war_harm
from factcheck.extract.lexicon import (
    CRACKDOWN_GOVERNMENT_PATTERN,
    CRACKDOWN_NOT_GOVERNMENT_PATTERN,
    DEATH_COUNT_WORDS,
    DETENTION_WORDS,
    PROTEST_PATTERN,
)
from factcheck.model import SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_BODY_RE = re.compile(CRACKDOWN_GOVERNMENT_PATTERN, re.I)
_NOT_BODY_RE = re.compile(CRACKDOWN_NOT_GOVERNMENT_PATTERN, re.I)
_PROTEST_RE = re.compile(PROTEST_PATTERN, re.I)
_WORD_RE = re.compile(r"[\w'’-]+")
# a sentence's end before a person's name, not a title's point ("A junta spokesman, Col. ")
_SENTENCE_END_RE = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.;:\n]\s")
# how far before a person's first mention the role may start ("Interior Cabinet Secretary ")
_ROLE_REACH = 60
# an article about a protest names it more than in passing
_PROTEST_MENTIONS = 3


def crackdown_tolls(doc: Doc, figures: Sequence[CaveatTarget]) -> dict[int, str]:
    """The figures (by index) of a government that gives a protest's death toll lower than
    another source's, which count the dead, the hurt or the held; each with the word that makes
    its source the government."""
    if len(_PROTEST_RE.findall(doc.text)) < _PROTEST_MENTIONS:
        return {}
    bodies = {i: _government_body(doc, f) for i, f in enumerate(figures)}
    own = [
        f.value
        for i, f in enumerate(figures)
        if bodies[i] and _counts_dead(f) and _named_in_sentence(f)
    ]
    rivals = [
        f.value
        for i, f in enumerate(figures)
        if not bodies[i] and f.source.kind is not SourceKind.NONE and _counts_dead(f)
    ]
    if not any(o is not None and any(r is not None and r > o for r in rivals) for o in own):
        return {}
    return {
        i: body
        for i, body in bodies.items()
        if body and (counts_war_harm(figures[i]) or _counts_detained(figures[i]))
    }


def _government_body(doc: Doc, figure: CaveatTarget) -> str | None:
    source = figure.source
    if source.kind is SourceKind.NONE:
        return None
    text = source.text
    if _NOT_BODY_RE.search(text):
        return None
    match = _BODY_RE.search(text)
    if match:
        return match.group(0)
    if source.kind is not SourceKind.NAMED_PERSON or not text.strip():
        return None
    at = doc.text.find(text.strip())
    if at < 0 or at > figure.number.idx:
        return None
    window = doc.text[max(0, at - _ROLE_REACH) : at]
    window = _SENTENCE_END_RE.split(window)[-1]  # the role stands in the same sentence
    if _NOT_BODY_RE.search(window):
        return None
    match = _BODY_RE.search(window)
    return match.group(0) if match else None


def _named_in_sentence(figure: CaveatTarget) -> bool:
    """The source's phrase stands in the figure's sentence ("Interior Minister Joseph Mutua
    told parliament that 11 people had died"), not a pronoun resolved to it ("It says 18")."""
    text = figure.source.text.strip()
    return bool(text) and text in figure.number.sent.text


def _figure_words(figure: CaveatTarget) -> set[str]:
    words = {w.lower() for w in _WORD_RE.findall(figure.subject)}
    head = figure.number.head
    governors = [head, head.head] if head.pos_ in ("NOUN", "PROPN") else [head]
    return words | {t.lower_ for t in governors} | {t.lemma_.lower() for t in governors}


def _counts_dead(figure: CaveatTarget) -> bool:
    """ "11 people had died", "confirms six deaths", "put the toll at 96": a count of the dead
    (a count of people, no unit: "two days" of killing is none)."""
    return not figure.unit and bool(_figure_words(figure) & DEATH_COUNT_WORDS)


def _counts_detained(figure: CaveatTarget) -> bool:
    """ "287 people had been arrested", "270 people had been charged": a count of people
    held."""
    return bool(_figure_words(figure) & DETENTION_WORDS)
