"""What a thing shows is no one's report unless the thing carries information: "Court records
show 12 arrests" and "A new poll shows Lee at 40 percent" cite the records and the poll, but
"The outcome showed that Hayes took 48.2 percent", "The top number on the chart shows a lead of
3 points" and "Red dots on the map show the 14 closed sites" state the writer's figures through
a thing that shows them (realgold19, realgold24, realgold36 golds: no source; gold README
"Source": who the text says the figure comes from). ``verb_subject.py`` asks here of a
showing verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    DOCUMENT_HEADS,
    INFORMATION_HEADS,
    OWNED_CLAIM_HEADS,
    SHOWING_VERBS,
    SURVEY_HEADS,
)
from factcheck.extract.sources.nominal import names_a_source

_CARRIERS = DOCUMENT_HEADS | SURVEY_HEADS | OWNED_CLAIM_HEADS | INFORMATION_HEADS


def shown_by_a_mere_thing(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` of the verb ``verb`` ("show") is a common noun that carries no
    information and names no source ("The outcome", "Red dots"); names, pronouns,
    documents, polls, records and people are left to speak."""
    if verb.lemma_.lower() not in SHOWING_VERBS or subject.pos_ != "NOUN":
        return False
    if subject.ent_type_ or names_a_source(subject):
        return False
    return subject.lemma_.lower() not in _CARRIERS and subject.lower_ not in _CARRIERS
