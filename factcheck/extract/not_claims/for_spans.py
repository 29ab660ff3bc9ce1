"""A span of time held by "for" lasts, even when "after" or "before" follows it (issue 11).

"She was suspended for two weeks after slamming the bill", "he stayed on the board for nearly
nine years after leaving office", "the protester shouted for more than a minute before guards
led her out": the span says how long something lasted, a claim (docs/gold-conventions.md
"Spans of time before or after an event": "banned for six weeks", "held him for about 40
minutes"); the "after"/"before" phrase says when that began or ended, it does not place the
span. Without "for" ("caught two weeks after the vote") the span only places an event. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    APPROXIMATE_QUALIFIERS,
    DURATION_PREPOSITIONS,
    LOWER_BOUND_QUALIFIERS,
    SENTENCING_VERBS,
    TIME_UNITS,
    UPPER_BOUND_QUALIFIERS,
)

_QUALIFIERS = APPROXIMATE_QUALIFIERS | LOWER_BOUND_QUALIFIERS | UPPER_BOUND_QUALIFIERS


def is_lasting_span(doc: Doc, start: int) -> bool:
    """True if the span of time whose number starts at token ``start`` is the object of a
    duration preposition, over a qualifier between them: "for two weeks after ...", "for
    nearly nine years after ...", "for more than a minute before ..."."""
    if _is_sentence_length(doc, start):
        return True  # "was sentenced in March to 30 months after cooperating"
    words = [t.lower_ for t in doc[max(start - 4, 0) : start]]
    for size in range(len(words)):
        before, qualifier = words[: len(words) - size], tuple(words[len(words) - size :])
        if (
            before
            and before[-1] in DURATION_PREPOSITIONS
            and (not size or qualifier in _QUALIFIERS)
        ):
            return True
    return False


def _is_sentence_length(doc: Doc, start: int) -> bool:
    """ "was sentenced in March to 30 months after cooperating", "jailed to five years before
    ...": a span that is the "to" object of a sentencing verb is the sentence's length, which
    the "after" phrase does not place (tests/corpus gold: "30 months", subject "sentence")."""
    unit = next((t for t in doc[start : start + 4] if t.lemma_.lower() in TIME_UNITS), None)
    if unit is None or unit.dep_ != "pobj" or unit.head.lower_ != "to":
        return False
    verb = unit.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in SENTENCING_VERBS
