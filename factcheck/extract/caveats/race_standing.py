"""A contender's poll standing said as where it stands: partisan_source on the race.

docs/gold-conventions.md "Candidates and campaigns as a partisan source" (a): a candidate's
figures on the race, its "poll standing, lead or margin" included, carry partisan_source.
Candidates often say their standing without a poll or a vote on the parse: "Six months ago we
weren't at 20 or 25 percent. We were at 6 and 7" (realgold24 gold: partisan), "I'm up 12 points",
"she was ahead by nine points", "he polls at 31 percent". The figure is where the speaker
stands: under "at" or "up"/"ahead" on a verb of standing whose subject is the speaker ("we",
"I", "he", "she"), in percent or points or a bare number. Not "the rate was at 5 percent" (no
speaker), nor "we were at 30,000 feet" (another unit), nor a hope ("we could be at 30 percent").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    OWN_COUNT_UNREAL,
    STANDING_ADVERBS,
    STANDING_PREPS,
    STANDING_SUBJECTS,
    STANDING_UNITS,
    STANDING_VERBS,
)


def states_own_standing(number: Token) -> str | None:
    """The words of the standing ("were at", "was up") when the figure is where its speaker
    stands in the race; None otherwise."""
    if not _a_standing_unit(number):
        return None
    below = number
    for token in number.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            return _standing(token, below)
        below = token
    return None


def _a_standing_unit(number: Token) -> bool:
    """Percent or points, or a bare number ("at 6 and 7"); not feet, dollars or people."""
    head = number.head
    if number.dep_ == "nummod" or (number.dep_ == "compound" and head.pos_ == "NOUN"):
        return head.lemma_.lower() in STANDING_UNITS or head.lower_ in STANDING_UNITS
    if number.ent_type_ == "MONEY" or any(c.text == "$" for c in number.children):
        return False
    return not any(c.pos_ == "NOUN" for c in number.children if c.dep_ != "conj")


def _standing(verb: Token, below: Token) -> str | None:
    if verb.lemma_.lower() not in STANDING_VERBS:
        return None
    where = below.lower_
    if not (
        (below.dep_ == "prep" and where in STANDING_PREPS)
        or (below.dep_ in ("advmod", "acomp", "prt") and where in STANDING_ADVERBS)
        or (below.dep_ == "prep" and where == "by" and _ahead(verb))
    ):
        return None
    if any(c.lower_ in OWN_COUNT_UNREAL for c in verb.children if c.dep_ in ("aux", "mark")):
        return None  # "we could be at 30 percent": a hope
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(s.lower_ in STANDING_SUBJECTS for s in subjects):
        return None
    return f"{verb.text} {below.text}"


def _ahead(verb: Token) -> bool:
    """ "was ahead by nine points": the margin hangs on the verb beside "ahead"."""
    return any(c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS for c in verb.children)
