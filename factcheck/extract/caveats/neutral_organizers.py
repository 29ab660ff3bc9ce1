"""Organisers of an event that takes no side: their count is no partisan_source.

Gold README, partisan_source: "the text marks the source as a party (... march organisers'
own count)". The organisers of a march, a rally or a strike count for their side; the
organisers of a festival, a marathon, a fair or a vigil are no party to anything the article
covers, and their count of who came is the event's own record, as a police count is.
``named_organizers.py`` already reads organisers this way ("an organizer of the vigil" speaks for
no side); ``PARTISAN_PATTERNS`` read every "organizers" in a source phrase as a side.

The event is read from the source phrase ("Festival organizers", "Organizers of the marathon"),
or, for bare "organizers", from the figure's sentence ("Organizers said 2,000 people attended
the vigil"). A side's action anywhere in those words keeps the caveat ("organizers of the
protest at the conference").
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import NEUTRAL_EVENTS, ORGANIZED_ACTIONS

_WORD_RE = re.compile(r"[\w'’-]+")


def organizes_no_side(source_text: str, sentence_text: str) -> bool:
    """Whether the organisers a source names are those of an event that takes no side."""
    named = _events(source_text)
    if named is not None:
        return named
    return _events(sentence_text) is True


def _events(text: str) -> bool | None:
    """True if the words name only events of no side, False if they name a side's action,
    None if they name neither."""
    words = {w.lower() for w in _WORD_RE.findall(text)}
    if words & ORGANIZED_ACTIONS:
        return False
    return True if words & NEUTRAL_EVENTS else None
