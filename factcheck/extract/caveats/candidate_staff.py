"""A candidate's people named by the candidate they work for: partisan_source.

docs/gold-conventions.md "Candidates and campaigns as a partisan source": a candidate's staff
(manager, chairman, spokesperson, aide, adviser) speak for a party to the race. ``campaign_staff``
reads a role by the word "campaign" ("campaign manager Robby Mook", "a spokesman for the
campaign"); news copy as often names the staff by the candidate they serve:

- "Paul Reiner, a senior adviser to Alvarez", "an aide to Mr. Okafor", "Pratt's spokeswoman,
  Jill Amos", "Alvarez spokesman Ben Ruiz", "press secretary for the Alvarez campaign";
- a source phrase that is the staff itself: "Advisers to Mr. Rubio said" (realgold24 gold:
  anonymous, partisan), "Pratt aides said", or the candidate's people as one body: "Pratt's
  team said", "the Pratt camp says" (session 50; the campaign itself, as "the Pratt campaign").

The one served must be one of the article's candidates: "an aide to the mayor" or "an adviser
to the president" speak for a government, not a campaign.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.candidate_race import last_of_entity
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.lexicon import (
    CANDIDATE_CAMP_NOUNS,
    CANDIDATE_STAFF_NOUNS,
    CANDIDATE_STAFF_PREPS,
)
from factcheck.extract.token_index import tokens_with_lower
from factcheck.model import Source, SourceKind

# the nouns as written, plural included ("advisers", "aides")
_STAFF_FORMS = CANDIDATE_STAFF_NOUNS | {f"{n}s" for n in CANDIDATE_STAFF_NOUNS}
# a source phrase may name the staff as one body ("Pratt's team"); no person is named by it
_SOURCE_FORMS = _STAFF_FORMS | CANDIDATE_CAMP_NOUNS
_WORD_RE = re.compile(r"[A-Za-z][\w'’.-]*")


def candidate_staff(doc: Doc, candidates: frozenset[str]) -> dict[str, str]:
    """The source keys of the people the article names as a candidate's staff, each with the
    words of the role ("adviser to Alvarez")."""
    staff: dict[str, str] = {}
    if not candidates:
        return staff
    for noun in tokens_with_lower(doc, _STAFF_FORMS):
        if noun.pos_ != "NOUN":
            continue
        owner = _served(noun, candidates)
        if owner is None:
            continue
        person = _person(noun)
        if person is not None:
            key = _key(person.text)
            if key and key not in candidates:
                staff.setdefault(key, f"{noun.lower_} {owner}")
    return staff


def names_candidate_staff(source: Source, candidates: frozenset[str]) -> str | None:
    """The source phrase is a candidate's staff: a staff noun and a candidate's name in it
    ("Advisers to Mr. Rubio", "Pratt aides", "Pratt's communications director, Jill Amos"), or
    its people as one body ("Pratt's team", "the Pratt camp")."""
    if source.kind is SourceKind.NONE or not candidates:
        return None
    words = _WORD_RE.findall(source.text)
    if not any(w.lower() in _SOURCE_FORMS for w in words):
        return None
    for word in words:
        if word[:1].isupper() and _key(re.sub(r"['’]s?$", "", word)) in candidates:
            return source.text
    return None


def _served(noun: Token, candidates: frozenset[str]) -> str | None:
    """The candidate the staff noun serves: "Alvarez's spokeswoman", "Alvarez spokesman", "an
    adviser to Alvarez", "a spokesman for the Alvarez campaign"."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
            if _key(child.text) in candidates:
                return child.text
        if child.dep_ == "prep" and child.lower_ in CANDIDATE_STAFF_PREPS:
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.pos_ == "PROPN" and _key(obj.text) in candidates:
                    return obj.text
                owner = next((c for c in obj.children if c.dep_ in ("poss", "compound")), None)
                if obj.lemma_.lower() == "campaign" and owner is not None:
                    if _key(owner.text) in candidates:
                        return owner.text  # "for the Alvarez campaign"
    return None


def _person(noun: Token) -> Token | None:
    """The person the role names: the name right after it ("Alvarez spokesman Ben Ruiz") or
    the name it is in apposition to, either way round ("Reiner, a senior adviser to ...",
    "Pratt's communications director, Jill Amos")."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.ent_type_ == "PERSON":
        return last_of_entity(after)
    if after is not None and after.text == "," and noun.i + 2 < len(doc):
        named = doc[noun.i + 2]
        if named.ent_type_ == "PERSON" and named.head == noun:
            return last_of_entity(named)
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    for child in noun.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return last_of_entity(child)
    return None


def _key(text: str) -> str:
    return source_key(Source(text=text, kind=SourceKind.NAMED_PERSON))


def names_a_camp(source: Source) -> bool:
    """ "Pratt's team", "the Pratt camp": an organisation's phrase that may be a candidate's
    people (``names_candidate_staff`` says whose)."""
    return any(w.lower() in CANDIDATE_CAMP_NOUNS for w in _WORD_RE.findall(source.text))
