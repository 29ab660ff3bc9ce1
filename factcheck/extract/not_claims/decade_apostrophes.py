"""A decade written with an apostrophe: "men in their 20's", "a woman in her early 30's",
"temperatures in the 80's" (issue 11). Pure.

"in their 20s" is one word the numbers component never reads (``digit_words``: "a decade of
life or of a scale"); written "20's", the tokenizer splits off the "'s" and the "20" is read
as a figure, so "all men in their 20's" gave a claim of 20 men (realgold16 gold: "age (in
their 20's) used as descriptor"). It is the same decade of an age or a scale, spelled another
way: an age used as a descriptor or a vague amount (gold README), never a count. Only a round
number from 10 to 90 with the "'s" glued to it after a word that opens a decade ("in their",
"her early", "the") is read so; "Rubio's 17" and "the Group of 20's summit" are not.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import DECADE_OPENERS

_APOSTROPHE_S = frozenset({"'s", "’s"})


def is_decade_with_apostrophe(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start:end`` is the "20" of "in their 20's"."""
    if end - start != 1 or start < 1 or end >= len(doc):
        return False
    number = doc[start]
    if number.whitespace_ or doc[end].text not in _APOSTROPHE_S:
        return False
    if not (len(number.text) == 2 and number.text[0] in "123456789" and number.text[1] == "0"):
        return False
    return doc[start - 1].lower_ in DECADE_OPENERS
