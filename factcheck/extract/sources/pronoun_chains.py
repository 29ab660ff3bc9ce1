"""A "she said" that goes on from an earlier "she said": the same speaker (source continuity).

Wire copy quotes a person over several sentences: "Amna Ruiz, a doctor at the clinic, said
... '... We ran out of blood,' she told reporters. '...' She said roughly half ...". The
look-back of a pronoun (``pronoun_sources._resolve_pronoun``, three sentences) can fall short of
the name while an earlier "she" of a reporting verb lies inside it; that "she" stands for the
same person, and what it resolves to is this one's source too. The gold README's source is
who gives the figure; docs/gold-conventions.md, "Titles and roles": a pronoun takes its
antecedent's name. Evidence: tests/wirea (a_1, "She said roughly half" four sentences after
the doctor's name), tests/corpus.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.sources.reporting_verbs import is_reporting_verb
from factcheck.extract.sources.verb_subject import SUBJECT_DEPS


def same_pronoun_speaker(doc: Doc, start: int, pronoun: Token) -> Token | None:
    """The last pronoun of the same word ("she" ... "She") that is the subject of a reporting
    verb in ``start:pronoun.i``, or None."""
    for token in reversed(doc[start : pronoun.i]):
        if token.lower_ != pronoun.lower_ or token.dep_ not in SUBJECT_DEPS:
            continue
        if is_reporting_verb(token.head):
            return token
    return None
