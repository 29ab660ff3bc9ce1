"""The noun a figure's qualifier hangs on: "a village with a population under 700".

A figure whose qualifier ("under", "over", "nearly") the parse makes a preposition of the noun
right before it measures that noun (gold README, "subject": what the figure measures), not a
count named earlier in the sentence ("three stops, including a village with a population
under 700" is no count of stops).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.subjects.noun_phrases import NOUNS, noun_phrase


def qualified_noun(number: Token, start: int) -> str:
    """The phrase of the noun right before a figure that starts at ``start`` with a
    preposition its number is the object of ("population under 700"), or ''."""
    qualifier = number.head
    if number.dep_ != "pobj" or qualifier.i != start or qualifier.dep_ != "prep":
        return ""
    noun = qualifier.head
    if noun.i != start - 1 or noun.pos_ not in NOUNS or noun.pos_ == "PROPN":
        return ""
    return noun_phrase(noun, after=noun.left_edge.i - 1)
