""" "per X" as an attribution: "The program cost $3 billion, per the Congressional Budget
Office" and "Per police, four people were wounded" credit the figure to X as "according to"
does (gold README "Source kinds"; issue 11). Only a "per" set off from the figure's words
counts, one that opens the sentence or follows a comma, and only when its object names a
source or a document; "$3 per gallon", "$12,000 per student" and ", per usual party lines"
are rates and manners, not sources. A "per" hung on a reporting verb ("Lee said, per a
translator, that ...") names who relayed the words, not their source."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import is_set_off
from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    ATTRIBUTING_PER,
    DOCUMENT_HEADS,
    ORG_HEADS,
    REPORTING_VERBS,
    SURVEY_HEADS,
    UNIQUE_ROLE_HEADS,
)

_SOURCE_WORDS = ANONYMOUS_HEADS | ORG_HEADS | UNIQUE_ROLE_HEADS | DOCUMENT_HEADS | SURVEY_HEADS


def per_object(token: Token) -> Token | None:
    """ ", per the Treasury": return the head of the source "per" names, or None."""
    if token.lower_ != ATTRIBUTING_PER or token.dep_ != "prep":
        return None
    if not is_set_off(token):
        return None
    if token.head.lemma_.lower() in REPORTING_VERBS and token.head.pos_ in ("VERB", "AUX"):
        return None  # "Guccifer said, per a translator, that ...": who relayed it
    obj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    if obj.pos_ == "PROPN" or obj.lemma_.lower() in _SOURCE_WORDS or obj.lower_ in _SOURCE_WORDS:
        return obj
    return None
