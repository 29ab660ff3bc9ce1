"""A temperature written glued to its scale letter: "42C", "108F", "about 1.3C". Pure.

British and wire copy writes degrees as "42C (108F)". The tokenizer keeps the letter on the
digits and spaCy reads the token as a product or a name, so the not-claim rules took it for a
number inside a name ("seat 14C"), and the value parser for the speed of light. A measured
temperature is a claim like "40 degrees Celsius" (tests/wiree gold: 5 such claims, "42C",
"108F", "below 30C", "passed 50C", "about 1.3C"; tests/corpus gold "2.1C above the mean"). The
letter is read as a temperature only when a word of heat or cold stands in the sentence
(``TEMPERATURE_WORDS``); "Flight 14C", "apartment 4F" stay names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.extract.lexicon import TEMPERATURE_WORDS

GLUED_TEMPERATURE_RE = re.compile(r"^[-\u2212]?\d+(?:\.\d+)?(?P<scale>[CF])$")
# the value parser's unit for the scale letter, once the number is split from it
TEMPERATURE_UNITS = {"c": "degree Celsius", "f": "degree Fahrenheit"}


def is_glued_temperature(doc: Doc, start: int, end: int) -> bool:
    """True if the figure at tokens ``start:end`` is one token of digits glued to C or F in a
    sentence about heat or cold."""
    if end - start != 1 or not GLUED_TEMPERATURE_RE.match(doc[start].text):
        return False
    return any(t.lower_ in TEMPERATURE_WORDS for t in doc[start].sent)
