"""A contender's party in an election abroad: its figures carry partisan_source.

docs/gold-conventions.md "Candidates and campaigns as a partisan source": a candidate, its
campaign or its staff speaking on the race is a party to it. Where parties rather than
campaigns run (international wire copy on an election abroad) the candidate's party is the
campaign: "Grace Mhango of the Democratic Progressive Party (DPP)" ... "The DPP said its own
tally showed ...", "A spokesman for Ngwira's Malawi Congress Party (MCP) ... said the president
would win with not less than 53%", "DPP secretary general Austin Phiri" (tests/wireb b_2 gold:
every figure of the party and its officials partisan; tests/corpus d2_election gold:
"Kovalenko's Democratic Alliance said ... more than 300 polling stations", partisan).

The text ties the party to a contender: a person's party ("Ngwira's Malawi Congress Party") or
a person "of" it ("Mhango of the Democratic Progressive Party"), the person a name the article
reads as a person's somewhere. A party named alone ("the Republican Party said") is no
contender by this rule: a party official announcing a tally is not partisan (conventions).
The figure's source names the party, by its name or the initials written beside it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.lexicon import PARTY_NAME_HEADS
from factcheck.extract.token_index import tokens_with_lower
from factcheck.model import Source, SourceKind

_WORD_RE = re.compile(r"[\w'’.-]+")
_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})


def contender_parties(doc: Doc) -> frozenset[str]:
    """The names of the contenders' parties, each as its words lowered ("malawi congress
    party") and its initials ("mcp")."""
    people = _person_words(doc)
    names: set[str] = set()
    # only the party words become Tokens: a walk of every token cost as much as the rest of
    # the caveats' whole-document scans (speed69)
    for token in tokens_with_lower(doc, PARTY_NAME_HEADS):
        if token.pos_ != "PROPN" or token.lower_ not in PARTY_NAME_HEADS:
            continue
        if not token.text[:1].isupper() or _contender(token, people) is None:
            continue
        words = [t for t in token.subtree if t.dep_ == "compound" and t.i < token.i]
        if not words:
            continue  # "Lopez's party": no name to find it by
        names.add(" ".join(t.lower_ for t in [*words, token]))
        for child in token.children:
            if child.dep_ == "appos" and child.text.isupper() and len(child.text) > 1:
                names.add(child.lower_)  # "(DPP)"
    return frozenset(names)


def speaks_for_party(
    source: Source, parties: frozenset[str], officials: Mapping[str, str] | None = None
) -> str | None:
    """The party a source phrase names: "The DPP", "DPP secretary general Austin Phiri", "A
    spokesman for Ngwira's Malawi Congress Party (MCP)"; or the party whose official the
    source is, by ``officials`` (``party_officials``)."""
    if source.kind is SourceKind.NONE or not parties:
        return None
    lowered = " ".join(_WORD_RE.findall(source.text.lower()))
    for party in _in_order(parties):
        if _names(lowered, party):
            return party
    if officials and source.kind is SourceKind.NAMED_PERSON:
        return officials.get(source_key(source))
    return None


def party_officials(doc: Doc, parties: frozenset[str]) -> dict[str, str]:
    """The people the article names after a description that names a contender's party, by
    their source key, each with the party: "A spokesman for Ngwira's Malawi Congress Party
    (MCP), Moses Kaunda, said" gives the figure to the name alone (apposed_names.py), and the
    name still speaks for the party."""
    officials: dict[str, str] = {}
    if not parties:
        return officials
    for ent in doc.ents:
        root = ent.root
        if ent.label_ != "PERSON" or root.dep_ != "appos" or root.head.i > ent.start:
            continue
        described = doc[root.head.left_edge.i : ent.start]
        lowered = " ".join(_WORD_RE.findall(described.text.lower()))
        party = next((p for p in _in_order(parties) if _names(lowered, p)), None)
        key = source_key(Source(text=ent.text, kind=SourceKind.NAMED_PERSON))
        if party is not None and key:
            officials.setdefault(key, party)
    return officials


def _in_order(parties: frozenset[str]) -> list[str]:
    """The parties' names, the full name before its initials ("malawi congress party" before
    "mcp"): a set's own order follows the string hash, which changes from one process to the
    next, and a phrase that names a party both ways must give the same caveat text every run."""
    return sorted(parties, key=lambda party: (-len(party), party))


def _names(lowered: str, party: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(party)}(?![\w-])", lowered) is not None


def _contender(party: Token, people: frozenset[str]) -> Token | None:
    """The person the party belongs to: "Ngwira's Malawi Congress Party", "Mhango of the
    Democratic Progressive Party"."""
    for child in party.children:
        if child.dep_ == "poss" and _a_name(child, people):
            return child
    prep = party.head
    if party.dep_ == "pobj" and prep.lower_ == "of" and _a_name(prep.head, people):
        return prep.head
    return None


def _a_name(token: Token, people: frozenset[str]) -> bool:
    """A person's name: one the tagger reads as a person's somewhere in the article, or a
    first name and surname it read as something else here ("Grace Mhango" tagged an
    organisation); not a place ("Malawi's ...")."""
    if token.pos_ != "PROPN" or token.ent_type_ in _PLACES:
        return False
    if token.text in people:
        return True
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def _person_words(doc: Doc) -> frozenset[str]:
    """The last words of the names the tagger reads as people somewhere in the article."""
    return frozenset(ent[-1].text for ent in doc.ents if ent.label_ == "PERSON")
