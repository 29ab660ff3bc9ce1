"""A distance in wire copy's two units or in nautical miles that places an event or a place:
"sank about 15 nautical miles from Ambon", "tankers gathered about 40 nautical miles off the
coast", "a hospital in Jabalpur, about 90km (56 miles) away" (tests/wired, wirej, wirel golds:
"distance placing the scene"; docs/gold-conventions.md "Distances"). Pure.

``local_news._places_the_scene`` lets only a compass point place such a distance, because the
older development golds keep a distance a verb of being or lying states as a claim: "Belgor lies
some 40 km (25 miles) from the border", "had been about 60 nautical miles from the site", "which
is about 850 km (530 miles) from Dipolog" (tests/corpus golds: the distance argued). A distance
that hangs on any other verb (an event's: "sank", "gathered", "were taken ... away") only says
where, as the ten wire writers who annotated such distances all wrote.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import DISTANCE_STATING_VERBS, EVENT_PLACING_WORDS


def places_an_event(doc: Doc, number: int, after: int) -> bool:
    """True if the word at ``after`` (past the distance's unit and any conversion) places the
    distance whose number is token ``number`` ("from", "away", "off"), and no verb of being or
    lying states that distance."""
    if after >= len(doc) or doc[after].lower_ not in EVENT_PLACING_WORDS:
        return False
    token = doc[number]
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_.lower() not in DISTANCE_STATING_VERBS
    return False
