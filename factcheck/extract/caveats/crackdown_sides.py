"""Police, an interior ministry or a government counting the people of its own crackdown:
partisan_source.

Gold README, partisan_source: "the source is a party to the matter". When security forces put
down a protest and the article contests their conduct or their count (a rights group's figure,
live rounds denied, a disputed toll), the force and the government it answers to are a party to
the dead, the wounded and the detained of that crackdown, its own officers hurt among them:
"The interior minister said 11 people had died in the unrest and 86 officers were hurt", "The
ministry said 43 people had been detained" (docs/gold-conventions.md, "A crackdown's side":
8 sets for, 3 against). Not a crowd size from the police (not partisan in most sets), nor an
arrest count at a protest the article does not contest (a strike march's 57 arrests), nor a
health ministry's count of the hurt.

The source is such a body by its phrase ("Police spokesperson Dorcas Wekesa", "The junta"), or
a person whose first mention stands right after such a role ("Interior Cabinet Secretary Daniel
Kiprono" ... "Kiprono said"; "A junta spokesman, Col. Alusine Bangura").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from factcheck.extract.caveats.labour_unions import counts_victims
from factcheck.extract.lexicon import (
    CRACKDOWN_BODY_PATTERN,
    CRACKDOWN_CONTEST_PATTERN,
    DETENTION_WORDS,
    PROTEST_PATTERN,
)
from factcheck.model import SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_CACHE = "factcheck.crackdown_doc"
_BODY_RE = re.compile(CRACKDOWN_BODY_PATTERN, re.I)
_PROTEST_RE = re.compile(PROTEST_PATTERN, re.I)
_CONTEST_RE = re.compile(CRACKDOWN_CONTEST_PATTERN, re.I)
_WORD_RE = re.compile(r"[\w'’-]+")
# how far before a person's first mention the role may start ("Interior Cabinet Secretary ")
_ROLE_REACH = 60
# an article about a protest names it more than in passing ("protests" twice in an election
# recount story is a side matter)
_PROTEST_MENTIONS = 3


def crackdown_side(figure: CaveatTarget) -> str | None:
    """The word that makes the source the crackdown's side, when the figure counts the
    crackdown's dead, hurt or detained in an article that contests it; else None."""
    source = figure.source
    if source.kind not in (SourceKind.NAMED_ORG, SourceKind.NAMED_PERSON):
        return None
    doc = figure.number.doc
    body = _security_body(doc, source.text, source.kind, figure.number.idx)
    if body is None:
        return None
    if not (counts_victims(figure) or _counts_detained(figure)):
        return None
    return body if contested_crackdown(doc) else None


def contested_crackdown(doc: Doc) -> bool:
    """The article is about a protest (three mentions or more) and contests the force used on
    it or its count."""
    cached = doc.user_data.get(_CACHE)
    if cached is None:
        text = doc.text
        cached = doc.user_data[_CACHE] = bool(
            len(_PROTEST_RE.findall(text)) >= _PROTEST_MENTIONS and _CONTEST_RE.search(text)
        )
    return bool(cached)


def _security_body(doc: Doc, text: str, kind: SourceKind, before: int) -> str | None:
    match = _BODY_RE.search(text)
    if match:
        return match.group(0)
    if kind is not SourceKind.NAMED_PERSON or not text.strip():
        return None
    at = doc.text.find(text.strip())
    if at < 0 or at > before:
        return None
    window = doc.text[max(0, at - _ROLE_REACH) : at]
    window = re.split(r"[.;:\n]\s", window)[-1]  # the role stands in the same sentence
    match = _BODY_RE.search(window)
    return match.group(0) if match else None


def _counts_detained(figure: CaveatTarget) -> bool:
    """ "43 people have been detained", "212 arrests": the figure counts people held."""
    words = {w.lower() for w in _WORD_RE.findall(figure.subject)}
    head = figure.number.head
    governors = [head, head.head] if head.pos_ in ("NOUN", "PROPN") else [head]
    words |= {t.lower_ for t in governors}
    return bool(words & DETENTION_WORDS)
