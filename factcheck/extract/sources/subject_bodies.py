"""The body an "it" stands for when the sentence before made a body its subject (wsrc67a).

"The defence ministry said its troops took two villages. The army's general staff gave a very
different picture. It said the enemy lost 840 troops": "It" is the general staff, the subject
of the sentence just before, not the ministry that spoke last. A pronoun subject continues the
subject of the sentence before it (the writer turns to a new body, then lets it speak), so a
body named as the acting subject of a main clause is nearer than a speaker further back. The
look-back for the last speaker took the ministry (tests/wirem m_1 three records, m_3 "Spain's
interior ministry has just given its first national figure ... It says 54": two records;
tests/wirek k_1 "The Lagos State Building Control Agency gave a different account. It said":
two records; the golds give the body as the source, its phrase as written there).

Only "it" and only a body (an organisation's name or an institution's noun, named_org), only
the subject of a main clause outside quotations, and only when no reporting verb with a subject
of its own stands between it and the pronoun: a body that spoke is the last speaker's rule's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import ORG_HEADS
from factcheck.extract.sources.org_appositions import body_named_in_apposition
from factcheck.extract.sources.quotes import quote_at
from factcheck.extract.sources.reported_names import in_reported_clause
from factcheck.extract.sources.reporting_verbs import is_reporting_verb
from factcheck.extract.sources.source_phrase import classify_source, source_phrase
from factcheck.extract.sources.verb_subject import SUBJECT_DEPS
from factcheck.model import SourceKind


def body_subject_for_it(doc: Doc, start: int, pronoun: Token) -> Span | None:
    """The phrase of the nearest body in ``start:pronoun`` that is a main clause's active
    subject, for an "it"; None when a speaker with a subject of its own comes nearer."""
    if pronoun.lower_ != "it":
        return None
    for token in reversed(doc[start : pronoun.i]):
        if _speaks(token):
            return None
        if token.dep_ != "nsubj" or token.head.dep_ != "ROOT":
            continue
        if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
            continue
        if not _names_a_body(token):
            continue
        if quote_at(doc, token.idx) is not None:
            continue
        named = body_named_in_apposition(token)
        if named is not None:  # "A local group, the Centre for Coastal Justice, goes further"
            return named
        span = source_phrase(token)
        # the nearest body subject or none: "a local group" names no one to go back past
        return span if classify_source(span) is SourceKind.NAMED_ORG else None
    return None


def _names_a_body(token: Token) -> bool:
    """An organisation's name ("the Harbour Agency", an untagged "General Staff") or an
    institution's noun ("the ministry"); not a place or a person."""
    if token.ent_type_ == "ORG" or token.lemma_.lower() in ORG_HEADS:
        return True
    return token.pos_ == "PROPN" and not token.ent_type_


def _speaks(token: Token) -> bool:
    """A reporting verb whose own subject names someone (not a pronoun)."""
    if token.pos_ == "NOUN" or not is_reporting_verb(token) or in_reported_clause(token):
        return False
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.pos_ != "PRON"
