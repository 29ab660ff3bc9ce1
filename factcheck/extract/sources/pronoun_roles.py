"""The role a "he" or "she" stands for when the article has named no one: "The president
addressed the nation on Tuesday. He said 400 troops would come home."

The pronoun's look-back (``pronoun_sources``) finds speakers and names; an article that calls a
person only by a unique role ("the president", "the sheriff", "the hospital's chief medical
officer") gives it neither, so the pronoun came out an anonymous "He". A pronoun's source is its
antecedent (gold README, "Source kinds"; docs/gold-conventions.md, "Titles and roles": a pronoun
takes the source it stands for), and a definite unique role is a named person, so the nearest
such role that is a clause's subject before the pronoun is its source, as written.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.sources.quotes import quote_at
from factcheck.extract.sources.source_phrase import classify_source, source_phrase
from factcheck.model import SourceKind

_SINGULAR_PERSON_PRONOUNS = frozenset({"he", "she"})
# Only an active clause's subject acts ("the president addressed ...", not "the chief was shot").
_ACTING_SUBJECT_DEPS = frozenset({"nsubj"})


def role_subject_before(doc: Doc, start: int, pronoun: Token) -> Span | None:
    """The phrase of the nearest clause subject in ``start:pronoun`` that is a definite unique
    role (classified a named person with no name in it), outside quotations; None when there
    is none or the pronoun is not "he" or "she"."""
    if pronoun.lower_ not in _SINGULAR_PERSON_PRONOUNS:
        return None
    for token in reversed(doc[start : pronoun.i]):
        if token.dep_ not in _ACTING_SUBJECT_DEPS or token.pos_ != "NOUN":
            continue
        if token.tag_ != "NN" or quote_at(doc, token.idx) is not None:
            continue
        phrase = source_phrase(token)
        if any(t.ent_type_ == "PERSON" for t in phrase):
            continue  # a name in it: the look-back for names has had its say
        if classify_source(phrase) is SourceKind.NAMED_PERSON:
            return phrase
    return None
