"""The body a "they" or "it" stands for: a police force or office named as a clause's subject
(issue 11, gvasrc41).

"The Harris County Sheriff's Office is investigating the shooting. They say two men were shot":
the tagger often names no entity in a force's or office's name, and where it does it names a
part of the phrase ("Houston" of "Houston police", "Luzerne County" of "Police in Luzerne
County"), so a pronoun resolved to the nearest named organisation came out unresolved (an
anonymous "They") or cut to a place. Local news names the force as the subject of what it did
("Houston police are investigating", "Deputies responded") and goes on with "they" or "it";
the pronoun's source is that subject's whole phrase, as the golds write it ("Police in Luzerne
County" for "They said responding troopers found ...", realgold16).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import BODY_SUBJECT_HEADS, SINGULAR_BODY_SUBJECT_HEADS
from factcheck.extract.sources.quotes import quote_at
from factcheck.extract.sources.source_phrase import source_phrase

# Only an active clause's subject acts for the body ("the man was shot": the victim).
_ACTING_SUBJECT_DEPS = frozenset({"nsubj"})


def body_subject_before(doc: Doc, start: int, pronoun: Token) -> Span | None:
    """The phrase of the nearest clause subject in ``start:pronoun`` that names a police force or
    an office the pronoun can stand for ("they": any; "it": a singular office), outside
    quotations; None when there is none."""
    word = pronoun.lower_
    if word not in ("they", "it"):
        return None
    heads = SINGULAR_BODY_SUBJECT_HEADS if word == "it" else BODY_SUBJECT_HEADS
    for token in reversed(doc[start : pronoun.i]):
        if token.dep_ not in _ACTING_SUBJECT_DEPS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.lower_ not in heads:
            continue
        if word == "it" and token.tag_ in ("NNS", "NNPS"):
            continue
        if quote_at(doc, token.idx) is not None:
            continue  # a speaker's own words name no antecedent of the writer's pronoun
        return source_phrase(token)
    return None
