"""A figure that measures the reporting act itself is not what the act reports.

"So I testified for 11 hours", "At least a half-dozen times, Trump cited 'Obama-Clinton'
policies": the figure is how long the speaker spoke or how often; the speaker does not tell
it. The reporting verb is passed over and the path goes on to any attribution above it
("Police said the suspect talked for two hours": police), else the writer's (realgold8: a
transcript's "I testified for 11 hours" is the transcript speaker's; realgold12: "At least a
half-dozen times, Trump cited" has no source). As with the audience of a speech
(``audiences.py``), only the figure's own phrase on the verb counts: a figure inside the
clause or object reported ("said 12 people died over two days", "reported 40 cases in three
of the counties") is still reported.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ACT_OCCASION_PREPS, ACT_REPEAT_NOUNS, TIME_UNITS


def measures_the_act(verb: Token, below: Token, number: Token) -> bool:
    """``below`` (the figure's path token under the reporting ``verb``) is how long the act
    went on ("for 11 hours") or how many times it was done ("six times")."""
    if below.head != verb or below.i == verb.i:
        return False
    if below.dep_ == "npadvmod":
        return below.lemma_.lower() in ACT_REPEAT_NOUNS and _counts(number, below)
    if below.dep_ != "prep" or below.lower_ not in ACT_OCCASION_PREPS:
        return False
    objects = [c for c in below.children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return False
    return objects[0].lemma_.lower() in TIME_UNITS and _counts(number, objects[0])


def _counts(number: Token, noun: Token) -> bool:
    """The figure is the noun's own count ("11 hours", "a half-dozen times")."""
    return number == noun or number.head == noun or number.head.head == noun
