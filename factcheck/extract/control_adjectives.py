"""A reporting verb in the "to"-infinitive of a predicate adjective speaks for the copula's
subject: "Advisers to Mr. Lee are quick to point out that he placed second in three contests",
"The mayor was careful to note that 40 officers were hired" (the parse hangs the subject on
"are"/"was", and the reporting verb under the adjective has none of its own).

Notes:
    Gold README, "Source kinds": the source is whoever the article says gives the figure; the
    adjectives (lexicon.SPEAKER_CONTROL_ADJECTIVES) say how eagerly the subject says it, not
    that they keep it back ("declined to say" is another matter and is not read here).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import SPEAKER_CONTROL_ADJECTIVES

_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def adjective_controller(verb: Token) -> Token | None:
    """The copula's subject when ``verb`` is the infinitive of "quick to", "careful to" ... and
    has no subject of its own; else None."""
    if verb.dep_ != "xcomp" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    adjective = verb.head
    if adjective.lower_ not in SPEAKER_CONTROL_ADJECTIVES or adjective.dep_ != "acomp":
        return None
    copula = adjective.head
    return next((c for c in copula.children if c.dep_ == "nsubj"), None)
