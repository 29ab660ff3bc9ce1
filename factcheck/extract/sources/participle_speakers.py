"""A reporting participle's speaker: "Podesta reiterated that approach, saying Clinton was
committed to a 50-state strategy." -- "saying" has no subject of its own and speaks with its
clause's subject, so a "he said" after it goes on with Podesta, not a name inside what he said."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.sources.courtesy_titles import person_name_bounds
from factcheck.extract.sources.quotes import find_quotes
from factcheck.extract.sources.source_phrase import classify_source, source_phrase
from factcheck.model import Source, SourceKind


def participle_subject(verb: Token) -> Token | None:
    """ "Lee repeated the pledge on Monday, saying ...": a reporting participle with no subject
    of its own, set after the clause it goes with, speaks with that clause's subject; read for
    "he"/"she" only (an "I" or "we" in a quotation looks back for an organisation)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i > verb.i:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def participle_speaker(doc: Doc, verb: Token, end: int) -> Source | None:
    """The person a reporting participle speaks for, by name as the look-back writes names
    ("Harlow's attorney, Marcus Lindqvist, ..., arguing" -> Marcus Lindqvist); none when
    another person is named after the participle's words and before the pronoun, outside
    quotations (that one is nearer: "..., saying ... Ann Roe whispered. '...,' he said")."""
    subject = participle_subject(verb)
    if subject is None or subject.pos_ == "PRON":
        return None
    names = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    person = next((n for n in names if n.ent_type_ == "PERSON"), None)
    if person is not None:
        ent_start, ent_end = person_name_bounds(doc, person.i)
        speaker = Source(text=doc[ent_start:ent_end].text, kind=SourceKind.NAMED_PERSON)
    else:
        span = source_phrase(subject)
        if classify_source(span) is not SourceKind.NAMED_PERSON:
            return None
        speaker = Source(text=span.text, kind=SourceKind.NAMED_PERSON)
    quoted = [(q.start, q.end) for q in find_quotes(doc)]
    for token in doc[verb.right_edge.i + 1 : end]:
        if token.ent_type_ != "PERSON" or any(a <= token.idx < b for a, b in quoted):
            continue
        if not same_person(token.text, speaker):
            return None
    return speaker


def same_person(word: str, source: Source) -> bool:
    """The word is one of the source's words: the same person written another way."""
    return word in source.text.split()
