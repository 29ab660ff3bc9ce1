"""Documents and their authors: "The poll by the Public Policy Institute", "records obtained
from the county clerk" (written whole), "a statement from the military" (the body behind it).
Pure; ``pronoun_sources.py`` asks here when a figure's path reaches a document's head.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    AUTHORED_DOCUMENT_HEADS,
    CREDITED_DOCUMENT_HEADS,
    DOCUMENT_HEADS,
    DOCUMENT_PREPS,
    POLLS_FROM_THEIR_POLLSTER,
    RECORDS_FROM_HEADS,
    RELEASED_DOCUMENT_HEADS,
    SURVEY_HEADS,
)
from factcheck.extract.sources.document_credits import credits_below, names_an_author
from factcheck.extract.sources.joined_authors import joined_author_end
from factcheck.extract.sources.nominal import names_a_source
from factcheck.extract.sources.phrase_edges import reported_content
from factcheck.extract.sources.source_extent import name_beside_subject
from factcheck.extract.sources.source_phrase import source_phrase

# Polls and studies: "of" names those they asked or studied, not their author.
_ASKING_HEADS = AUTHORED_DOCUMENT_HEADS & SURVEY_HEADS


def document_by(head: Token) -> Span | None:
    """ "The poll by the Public Policy Institute", "The survey, conducted by the institute",
    "a memo released Friday by the agency's watchdog", "a tally by The Daily Ledger", "records
    obtained from the county clerk": the real gold writes a document credited to its author
    whole (docs/gold-conventions.md, "Documents 'by' an organisation"; a poll "from" its
    pollster too, "A poll from Marquette Law School", realgold gold; the fictional
    development gold wrote the author alone); figures and statements still give the body
    behind them (``body_behind_document``)."""
    word = head.lemma_.lower()
    wanted: frozenset[str] = frozenset()
    if word in POLLS_FROM_THEIR_POLLSTER:
        wanted = frozenset({"by", "from"})  # "A poll from Marquette Law School" (source35)
    elif word in AUTHORED_DOCUMENT_HEADS or word in CREDITED_DOCUMENT_HEADS:
        wanted = frozenset({"by"})
    elif word in RECORDS_FROM_HEADS or head.lower_ in RECORDS_FROM_HEADS:
        wanted = frozenset({"from"})
    if _released_document(head):
        wanted |= {"by"}  # "a report released by X", "data released Friday by X" (src3)
    if not wanted:
        return None
    credited = word not in AUTHORED_DOCUMENT_HEADS
    preps = _document_preps(head, credited=credited)
    if "by" in wanted:
        preps += credits_below(head)  # "the average of recent polls compiled by X"
    for prep in preps:
        if prep.lower_ not in wanted and not ("by" in wanted and prep.dep_ == "agent"):
            continue
        author = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if author is not None and (
            names_a_source(author) or names_an_author(author) or _named_beside(author)
        ):
            if credited:  # "by X and Y": both authors (joined_authors.py)
                end = joined_author_end(author, _author_end(author), source_phrase)
            else:
                end = joined_author_end(author, source_phrase(author).end, source_phrase)
                end = _dated(head, end)
            return head.doc[_phrase_start(head) : end]
    return None


def _named_beside(author: Token) -> bool:
    """ "by the recruitment platform Zhaopin": a common noun the name set beside it makes an
    author, though the parse hangs the name on the verb as a second subject."""
    return author.pos_ == "NOUN" and name_beside_subject(author, author.i + 1) > author.i + 1


def _released_document(head: Token) -> bool:
    """ "a report released by the Brookings Institution", "data released Friday by state
    gaming regulators", and as well "a report by the Brookings Institution": one report, or
    data, that "by" credits to a body (docs/gold-conventions.md, "Documents 'by' an
    organisation"; "released" is not required); not "reports by local media", unspecified
    reports (README, "Source kinds")."""
    word = head.lemma_.lower()
    return word in RELEASED_DOCUMENT_HEADS and head.lower_ != "reports"


def _phrase_start(head: Token) -> int:
    """Where the document's phrase starts: at its determiner, not at a conjunction the parse
    hangs on it ("And a projection by the Cook Political Report shows ...")."""
    start = head.left_edge.i
    while start < head.i and head.doc[start].dep_ in ("cc", "punct"):
        start += 1
    return start


# How a participle or adjective hangs on a credited document: "an average calculated by X",
# "data available from X", "records obtained from X".
_CREDIT_LINK_DEPS = frozenset({"acl", "amod"})


def _document_preps(head: Token, *, credited: bool) -> list[Token]:
    """The prepositions that may name the document's author: its own, and those of a
    participle after it ("conducted by"; for counts and records also an adjective, "data
    available from")."""
    found: list[Token] = []
    for child in head.rights:
        if child.dep_ == "prep" or (credited and child.dep_ == "agent"):
            found.append(child)
        elif credited and child.dep_ in _CREDIT_LINK_DEPS and child.pos_ in ("VERB", "ADJ"):
            found += [c for c in child.children if c.dep_ in ("prep", "agent")]
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            found += [c for c in child.children if c.dep_ == "agent" or c.lower_ == "by"]
    return found


def _author_end(author: Token) -> int:
    """Where the author's phrase ends: a name takes no "of" phrase of common nouns ("Politifact
    of presidential elections" is the analysis's subject matter, misattached)."""
    end = source_phrase(author).end
    if author.pos_ != "PROPN":
        return end
    for child in author.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i < end:
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects and all(o.pos_ != "PROPN" for o in objects):
                return child.i
    return end


def _dated(head: Token, end: int) -> int:
    """ "A survey by the organization in March": a date right after the author stays."""
    for child in head.rights:
        if child.i == end and child.dep_ == "prep" and child.lower_ in ("in", "on"):
            if all(t.ent_type_ in ("DATE", "TIME") for t in list(child.subtree)[1:]):
                return child.right_edge.i + 1
    return end


def body_behind_document(head: Token) -> Token | None:
    """ "a statement from the military" -> "the military"; "figures from the UN" (figures
    "by" a body are written whole: ``document_by``)."""
    if head.lemma_.lower() not in DOCUMENT_HEADS:
        return None
    for child in head.rights:
        preps = [child] if child.dep_ == "prep" else []
        if child.dep_ == "acl" and child.lower_ in DOCUMENT_PREPS:
            preps = [c for c in child.children if c.dep_ in ("agent", "prep")]
        for prep in preps:
            if prep.lower_ not in DOCUMENT_PREPS:
                continue
            if prep.lower_ == "of" and head.lemma_.lower() in _ASKING_HEADS:
                continue  # "a survey of analysts": those it asked, not who asked
            if reported_content(prep, head):
                continue  # "reports of a person shot": what is reported, not who reports
            for obj in prep.children:
                if obj.dep_ == "pobj" and names_a_source(obj):
                    return obj
    return None
