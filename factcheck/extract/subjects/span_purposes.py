"""What a span of time was needed for, when an infinitive follows it: "three years to see a
Republican appointee" -> "years see Republican appointee".

A span of time right before "to" + verb measures how long it takes (or took) to do that: the
doing and what it is done to name the figure (gold README, "subject": what is measured), where
the unit alone ("years") or the verb it hangs on ("go back", "took") names nothing checkable.
The words are added after the subject already found, never in its place.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import TIME_UNITS
from factcheck.extract.subjects.noun_phrases import head_phrase


def with_purpose(unit: Token, subject: str) -> str:
    """``subject`` with the infinitive right after a span of time and its object: "It took
    three years to build the bridge" -> "years build bridge"; ``subject`` unchanged otherwise."""
    if unit.lemma_.lower() not in TIME_UNITS or unit.i + 2 >= len(unit.doc):
        return subject
    if any(c.dep_ == "det" for c in unit.children) or (
        unit.dep_ == "pobj" and unit.head.lower_ in _FRAME_PREPS
    ):
        # "over the past 18 months to explain", "every three years to keep pace": a frame the
        # doing falls in, not the time it takes; the infinitive says why of another verb
        return subject
    to, verb = unit.doc[unit.i + 1], unit.doc[unit.i + 2]
    if to.lower_ != "to" or to.dep_ != "aux" or to.head != verb or verb.pos_ != "VERB":
        return subject  # "from two years to five", "five years to the day"
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    words = [verb.text] + ([head_phrase(thing, after=verb.i)] if thing is not None else [])
    added = [w for w in words if w not in subject.split()]
    return " ".join([subject, *added]).strip() if added else subject


# "in five years to come", "during two weeks to ...": prepositions of a time frame
_FRAME_PREPS = frozenset({"in", "over", "during", "within", "after", "before"})
