"""One bare unit of time a verb lasted is a span, a claim (issue 11). Pure.

Gold README, "Multipliers and spans of time", and docs/gold-conventions.md "Spans of time":
how long something lasted is a claim ("banned for six weeks"). With a qualifier one unit was
already read ("more than a year", ``number_runs._qualified_single_unit``), and "a decade" always;
a bare "a month" was no number at all. The tuning golds write it where a verb lasted it
(realgold14 "He was suspended for a month after he posted", realgold12 "He spent all of an
hour with President ..."). Read here: "for a/an UNIT" on a verb that tells one stretch (not a
present-tense habit, "takes you behind the scenes for a day in the life"), and a unit spent
("spent a month in jail", "has spent a year courting them"; not a generic "spending an hour").
Not "for a minute" ("I don't believe for a minute": an idiom, realgold12 gold), not "a day's
work" or "a day-long lap".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import DURATION_PREPOSITIONS, LASTING_UNITS, SPENDING_VERBS

_HABIT_TAGS = ("VBZ", "VBP", "VBG")  # present tense or a bare participle: a habit, generic
_SPENT_TAGS = ("VBD", "VBN")


def is_lasting_unit(article: Token, unit: Token) -> bool:
    """True if "a"/"an" at ``article`` and the time unit right after it say how long a verb
    lasted: "suspended for a month", "spent a month in jail", "spent all of an hour with"."""
    doc = article.doc
    if unit.lemma_.lower() not in LASTING_UNITS or unit.i != article.i + 1:
        return False
    after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if after is not None and (after.tag_ == "POS" or after.text == "-" and not unit.whitespace_):
        return False  # "for a day's work", "a day-long victory lap"
    head = unit.head
    if unit.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "all":
        head = head.head  # "spent all of an hour": the unit spent is "all" of it
    if head.lower_ in DURATION_PREPOSITIONS and unit.dep_ == "pobj":
        verb = head.head
        return verb.pos_ in ("VERB", "AUX") and verb.tag_ not in _HABIT_TAGS
    if head.i != unit.head.i:  # "all of an hour": "all" is what was spent
        verb, spent = head.head, head.dep_ == "dobj"
    else:
        verb, spent = head, unit.dep_ in ("dobj", "npadvmod")
    return spent and verb.lemma_.lower() in SPENDING_VERBS and verb.tag_ in _SPENT_TAGS
