"""A document credited to an organisation is sourced by its whole noun phrase
(docs/gold-conventions.md, "Documents 'by' an organisation"). Pure.

"according to a count by The Associated Press" -> "a count by The Associated Press";
"An analysis by Politifact of presidential elections showed" -> "An analysis by Politifact";
"according to court records from the County Clerk of Court" -> the whole phrase;
"the most recent data available from the FBI" -> the whole phrase. Polls, surveys and studies
"by" their author are ``nominal.document_by``; a statement or figures "from" a body still give
the body (``nominal.body_behind_document``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import CREDITED_DOCUMENT_HEADS, RECORDS_FROM_HEADS
from factcheck.extract.nominal import names_a_source
from factcheck.extract.source_phrase import source_phrase

# How a participle or adjective hangs on its document: "an average calculated by X", "data
# available from X", "records obtained from X".
_LINK_DEPS = frozenset({"acl", "amod"})


def credited_document(head: Token) -> Span | None:
    """The whole phrase of a count, analysis, record or data credited to a named body."""
    word = head.lemma_.lower()
    if word in CREDITED_DOCUMENT_HEADS:
        wanted = "by"
    elif word in RECORDS_FROM_HEADS or head.lower_ in RECORDS_FROM_HEADS:
        wanted = "from"
    else:
        return None
    for prep in _preps(head):
        if prep.lower_ != wanted:
            continue
        author = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if author is not None and names_a_source(author):
            return head.doc[head.left_edge.i : _author_end(author)]
    return None


def _preps(head: Token) -> list[Token]:
    """The document's own prepositions and those of a participle or adjective after it."""
    found: list[Token] = []
    for child in head.rights:
        if child.dep_ in ("prep", "agent"):
            found.append(child)
        elif child.dep_ in _LINK_DEPS and child.pos_ in ("VERB", "ADJ"):
            found += [c for c in child.children if c.dep_ in ("prep", "agent")]
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
