"""A broadcaster named by its channel number: "told 69 News", "Action News 4 reporter Bob
Mayo" (session 45, branch fp2). Pure.

Local news credits other stations by their channel: "a witness told 69 News she heard an
argument", "Pittsburgh's Action News 4 reporter". The number is part of the station's name
and counts nothing (gold README: numbers inside names are not claims; realgold7, realgold20
golds: "part of a name (station)"). Call signs ("KHOU 11", "1010 WINS") are read by
``local_news``; this reads the brand word. The number is a name only where it is glued to
"News" written with a capital, before or after it, and is no count of a plural noun: "told
ABC News 15 people were hurt" and a headline's "3 News Crews Attacked" keep their figures.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import PERCENT_WORDS, STATION_BRAND_WORDS, STATION_CRAFT_WORDS

_PLURAL_NOUN_TAGS = ("NNS", "NNPS")
_MAX_CHANNEL_DIGITS = 3


def is_station_number(doc: Doc, start: int, end: int) -> bool:
    """True if the number at tokens ``start:end`` is the channel of "69 News", "News 4"."""
    if end - start != 1:
        return False
    number = doc[start]
    if not (number.is_digit and len(number.text) <= _MAX_CHANNEL_DIGITS):
        return False
    if end < len(doc) and doc[end].lower_ in PERCENT_WORDS:
        return False  # a share is an amount, never a channel
    if number.head.tag_ in _PLURAL_NOUN_TAGS and number.head.i > number.i:
        return False  # "told ABC News 15 people were hurt", "3 News Crews": a count
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.text in STATION_BRAND_WORDS | STATION_CRAFT_WORDS:
        return True  # "Action News 4 reporter", "(Photo: Air 11 / KHOU 11)"
    return end < len(doc) and doc[end].text in STATION_BRAND_WORDS  # "told 69 News she"
