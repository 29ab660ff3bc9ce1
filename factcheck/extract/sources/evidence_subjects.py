"""An evidence verb whose subject names no possible source: the figure is the writer's.

"The outcome showed Clinton had received 49.84 percent", "simple math shows he needs to curb
his 20-point deficit", "The top-line number shows her ahead by two points", "Black circles show
the three islands": "show", "suggest", "indicate" take evidence as their subject, and only a
document, a record, a finding, a person or a body can be the evidence someone gives (gold
README, "Source kinds"). A common noun that is none of these (an outcome, a number, arithmetic,
marks on a map) is the writer's own reading, so the figure has no source (realgold19, 20, 24
and 36 golds: source none, four articles). "Polls show", "records indicate", "an autopsy
showed", "Investigators revealed", "Gallup's numbers show" keep their source. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    BROAD_PERSON_NOUNS,
    CREDITED_DOCUMENT_HEADS,
    DOCUMENT_HEADS,
    EVIDENCE_VERBS,
    EXAMINATION_NOUNS,
    INSTITUTION_HEADS,
    ORG_HEADS,
    PICTURE_HEADS,
    RECORD_SOURCE_HEADS,
    REPORT_THAT_HEADS,
    SPEECH_NOUNS,
    SPOKESPERSON_HEADS,
    SURVEY_HEADS,
    UNIQUE_ROLE_HEADS,
)

# Every noun the word lists make a source: documents, polls, records, pictures, findings,
# people and bodies.
_SOURCE_NOUNS = (
    ANONYMOUS_HEADS
    | BROAD_PERSON_NOUNS
    | CREDITED_DOCUMENT_HEADS
    | DOCUMENT_HEADS
    | EXAMINATION_NOUNS
    | INSTITUTION_HEADS
    | ORG_HEADS
    | PICTURE_HEADS
    | RECORD_SOURCE_HEADS
    | REPORT_THAT_HEADS
    | SPEECH_NOUNS
    | SPOKESPERSON_HEADS
    | SURVEY_HEADS
    | UNIQUE_ROLE_HEADS
)
# Entity types that make a subject someone's ("Gallup's numbers", "the FBI figures").
_OWNER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})


def shows_without_a_source(verb: Token) -> bool:
    """True if ``verb`` is an evidence verb whose subject is a common noun no word list
    makes a source, with no name or owner in it: "The outcome showed", "simple math shows";
    not "Polls show", "an autopsy showed", "his numbers show", "Pew's numbers show"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EVIDENCE_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.pos_ != "NOUN" or _source_noun(subject):
        return False
    return not any(_names_an_owner(t) for t in _own_words(subject))


def _source_noun(noun: Token) -> bool:
    return noun.lemma_.lower() in _SOURCE_NOUNS or noun.lower_ in _SOURCE_NOUNS


def _own_words(subject: Token) -> list[Token]:
    """The subject's words before any clause on it ("The top-line number" of "The top-line
    number that caught the eyes of analysts")."""
    clauses = [c for c in subject.children if c.dep_ in ("relcl", "acl")]
    return [t for t in subject.subtree if not any(t in c.subtree for c in clauses)]


def _names_an_owner(token: Token) -> bool:
    """A name, an owner or a source noun among the subject's words: "Pew's numbers", "the
    FBI data", "his numbers", "the survey's results"."""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in _OWNER_ENTS:
        return True
    if token.dep_ == "poss":
        return True
    return token.pos_ == "NOUN" and _source_noun(token)
