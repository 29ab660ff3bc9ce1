"""A belligerent's spokesman named once by role, then by name: partisan on the side's own action.

Gold README, partisan_source: "a belligerent reports the results of its own military action";
``caveat_sources.reports_own_military_action`` reads the belligerent in the source phrase ("the
army said it killed 50"). Wire copy names the army's speaker once, with the role beside the
name, and then gives the figures under the name or a pronoun: "Army spokesman Brig. Gen. Nabil
Abdelrahim said warplanes had destroyed 37 RSF combat vehicles and killed more than 200
militiamen ... He said air defenses had also brought down six drones" (tests/wirea a_1 gold:
each partisan). The role is read once per document, as ``campaign_staff`` reads a campaign's
staff: a spokesman or commander of a military head word ("army spokesman", "a spokesman for
the military", "the army's spokesman"), and the person named right after the role or in
apposition to it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import (
    FORCE_SOURCE_WORDS,
    MILITARY_HEADS,
    MILITARY_SPEAKER_NOUNS,
    POLICE_SOURCE_WORDS,
)
from factcheck.extract.token_index import tokens_with_lower
from factcheck.model import Source, SourceKind

_CACHE = "factcheck.military_speakers"
_FORCE_CACHE = "factcheck.force_speakers"
_FORCE_HEADS = MILITARY_HEADS | FORCE_SOURCE_WORDS
# titles that may stand between the role and the name: "spokesman Brig. Gen. Nabil Abdelrahim"
_TITLE_GAP = 6


def military_speakers(doc: Doc) -> frozenset[str]:
    """The source keys of the people the article names as a military's spokesman or
    commander."""
    cached = doc.user_data.get(_CACHE)
    if cached is None:
        cached = doc.user_data[_CACHE] = frozenset(_speakers(doc))
    return cached


def force_speakers(doc: Doc, *, police: bool = True) -> frozenset[str]:
    """The source keys of the people the article names as the spokesman or commander of any
    fighting force: a military's, a junta's, a brigade's, and (with ``police``) a police
    force's ("Junta spokesman Brig. Gen. Tun Oo", "A police spokesman, Inspector Ann Lee");
    enemy_losses.py."""
    key = f"{_FORCE_CACHE}.{police}"
    cached = doc.user_data.get(key)
    if cached is None:
        heads = _FORCE_HEADS if police else _FORCE_HEADS - POLICE_SOURCE_WORDS
        cached = doc.user_data[key] = frozenset(_speakers(doc, heads, apposed=True))
    return cached


def _speakers(
    doc: Doc, heads: frozenset[str] = MILITARY_HEADS, *, apposed: bool = False
) -> set[str]:
    found: set[str] = set()
    for noun in tokens_with_lower(doc, MILITARY_SPEAKER_NOUNS):
        if noun.pos_ != "NOUN" or not _of_a_military(noun, heads):
            continue
        person = _person(noun) or (_apposed_person(noun) if apposed else None)
        if person is not None:
            key = source_key(Source(text=person, kind=SourceKind.NAMED_PERSON))
            if key:
                found.add(key)
    return found


def _of_a_military(noun: Token, heads: frozenset[str] = MILITARY_HEADS) -> bool:
    """ "army spokesman", "the military's spokesman", "a spokesman for the army"."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "poss") and child.lower_ in heads:
            return True
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            if any(o.dep_ == "pobj" and o.lower_ in heads for o in child.children):
                return True
    return False


def _apposed_person(noun: Token) -> str | None:
    """The name in apposition after the role: "A police spokesman, Inspector Ann Lee, said"."""
    for child in noun.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            start, end = entity_bounds(noun.doc, child.i)
            return noun.doc[start:end].text
    return None


def _person(noun: Token) -> str | None:
    """The name right after the role, past a title ("spokesman Brig. Gen. Nabil Abdelrahim"),
    or the name the role is in apposition to ("Ivan Petrov, an army spokesman")."""
    doc = noun.doc
    named = None  # the last name of the run: a title may be read as one ("Brig")
    for token in doc[noun.i + 1 : min(noun.i + 1 + _TITLE_GAP, len(doc))]:
        if not (token.pos_ == "PROPN" or token.text == "."):
            break
        if token.ent_type_ == "PERSON":
            start, end = entity_bounds(doc, token.i)
            named = doc[start:end].text
    if named is not None:
        return named
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        start, end = entity_bounds(doc, noun.head.i)
        return doc[start:end].text
    return None
