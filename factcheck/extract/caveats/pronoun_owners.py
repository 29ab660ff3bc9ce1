"""Whose figures "its figures" and "his account" are: the pronoun's antecedent, by agreement.
Pure.

Gold README, "Caveat scope": a caveat reaches the figures it refers to, by source. A possessive
pronoun names the owner the way a name does, once its antecedent is found:

- "its" is a body, not a person: "The ministry, which is part of the Hamas-run government,
  does not say how many of those killed were fighters. Its figures could not be independently
  verified" (tests/wirej j_1 gold: the ministry's toll and its parts, not the hospital
  spokesman quoted just before). The antecedent is the subject of the sentence before when it
  is a common noun or a name that is no person; the figures are those its owner word names
  (``owner_named``: "ministry" in "Gaza's Health Ministry").
- "his" / "her" is one person: "A former detainee ... told Wire he had been held for 11 months
  ... Wire could not independently verify his account" (tests/corpus c3 gold: the 11 months,
  not "Former detainees described cells holding up to 40 people", a plural source that shares
  its head word). A named person is ``caveat_owners``'s; an unnamed one keeps the figures of
  the last source with its key, in the singular.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_owners import initials, owner_named
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.doctext import doc_text
from factcheck.model import SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
_PERSON_POSSESSIVES = frozenset({"his", "her"})


def pronoun_owned_figures(
    doc: Doc, noun: Token, figures: Sequence[CaveatTarget]
) -> list[int] | None:
    """The figures before ``noun`` that "its" / "his" / "her" on it names; None when the noun
    has no such owner or its antecedent is not found."""
    possessive = next((c.lower_ for c in noun.children if c.dep_ == "poss"), "")
    if possessive == "its":
        return _body_figures(doc, noun, figures)
    if possessive in _PERSON_POSSESSIVES:
        return _one_persons_figures(noun, figures)
    return None


def _body_figures(doc: Doc, noun: Token, figures: Sequence[CaveatTarget]) -> list[int] | None:
    sent = noun.sent
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    subject = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.pos_ not in ("NOUN", "PROPN")
        or subject.ent_type_ == "PERSON"
        or subject.tag_ in ("NNS", "NNPS")  # "its" is one body
    ):
        return None
    defined = initials(doc)
    text = doc_text(doc)
    found = [
        i
        for i, f in enumerate(figures)
        if f.number.i < noun.i and owner_named(subject.lower_, f.source, defined, text)
    ]
    return found or None


def _one_persons_figures(noun: Token, figures: Sequence[CaveatTarget]) -> list[int] | None:
    before = [i for i, f in enumerate(figures) if f.number.i < noun.i]
    if not before or figures[before[-1]].source.kind is not SourceKind.ANONYMOUS:
        return None  # a named person: caveat_owners reads the title's body too
    key = source_key(figures[before[-1]].source)
    if not key:
        return None
    return [
        i
        for i in before
        if source_key(figures[i].source) == key and not _plural(figures[i].source.text)
    ]


def _plural(phrase: str) -> bool:
    """ "Former detainees": the phrase's head word is a plural ("A former detainee" is not)."""
    words = _WORD_RE.findall(re.split(r"[,(]| who | which | that ", phrase)[0])
    if not words:
        return False
    last = words[-1].lower()
    return last.endswith("s") and not last.endswith("ss") and len(last) > 3
