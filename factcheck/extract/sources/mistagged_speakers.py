"""A name the article gives a person stands for "he" or "she" whatever the tagger labels it (issue 11).

"Nefzi sat under whirring fans in the room where he saw Mateen. He said that between 100 and
150 others were there": "He" is Nefzi, whom the article calls "Adel Nefzi" and "Nefzi, a
chemistry professor", though the tagger labels this "Nefzi" a place. A pronoun's look-back
(``pronoun_sources.py``) took only names tagged PERSON (or untagged surnames of such names), so
it passed over him and left the figure to an anonymous "He". Here the kind is the article's
(``source_phrase.classify_source``: the names it writes in full, what it says the name is),
and only for a clause's subject, the name a following "he said" goes on with.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.sources.source_phrase import classify_source, source_phrase
from factcheck.extract.sources.verb_subject import SUBJECT_DEPS
from factcheck.model import SourceKind


def mistagged_person_subject(token: Token) -> Span | None:
    """The source phrase of a clause's subject that is a person's name by the article's own
    reading but that the tagger labels something else (a place, an organisation, a work), or
    None."""
    if not _subject_or_its_name(token) or token.pos_ != "PROPN":
        return None
    if not token.text[:1].isupper() or token.ent_type_ in ("", "PERSON"):
        return None  # untagged surnames and tagged people: the look-back's own cases
    phrase = source_phrase(token)
    if phrase.root.i != token.i or classify_source(phrase) is not SourceKind.NAMED_PERSON:
        return None
    return phrase


def _subject_or_its_name(token: Token) -> bool:
    """A clause's subject, or a name in apposition to one ("A lawyer for the families, Mina
    Sall, called ...": the lawyer who speaks is Mina Sall; tests/wiref f_3)."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS
