"""Where a headline's casualty opens after its verb: "Family mourns man shot to death",
"Neighbors mourn teen fatally shot", "Coroner IDs victim of fatal shooting", "Police find
gunshot victim in street". Pure.

``headline_casualties.py`` reads a telegraphic headline's people where they open it, after its
source ("Police: ...") or after a clause word ("after", "leaves"); a headline that opens on
who speaks, mourns or finds puts the casualty's people after a present-tense verb instead, and
en_core_web_sm parses the reduced relative after them as the verb's clause ("man" the subject of
"shot"), so the parse-based rules miss it. Local news writes this shape daily for the victim of
the article's event (gold README "Implied counts"; "Headlines": a headline's count is a claim of
its own). The people still need a casualty word right after them (``headline_casualties.py``);
a participle with an object pronoun after it is active ("Woman says man shot her": the man did
the harm, HEADLINE_ACTIVE_OBJECTS).

Also a victim named by the event after the verb, as the headline's opening victim is
("Shooting victim identified"): "IDs victim of fatal shooting" (killed, as the body's "the
victim of a fatal shooting", round 7), "find gunshot victim" (shot, as the body's "found a
gunshot victim").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.doctext import token_at_char
from factcheck.extract.lexicon import (
    HEADLINE_ACTIVE_VERBS,
    HEADLINE_FATAL_EVENTS,
    HEADLINE_HARM_EVENTS,
    HEADLINE_MISREAD_VERBS,
    HEADLINE_NOT_OPENING_VERBS,
    HEADLINE_OBJECT_CASUALTY,
    HEADLINE_PRESENT_TAGS,
    HEADLINE_VICTIM_MODIFIERS,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# "victim of fatal shooting", "victim of a deadly stabbing", "victim in fatal Elm Street
# shooting" (impl55: "in", and up to three words of place or time before the event)
_VICTIM_OF = re.compile(
    rf"(victim)\s+(?:of|in)\s+(?:an?\s+|the\s+)?({'|'.join(sorted(HEADLINE_FATAL_EVENTS))})\s+"
    rf"(?:[\w.'’-]+\s+){{0,3}}?({'|'.join(sorted(HEADLINE_HARM_EVENTS))})\b(?![-'’])",
    re.IGNORECASE,
)
# "gunshot victim", "stabbing victim" (the headline's one victim, as HEADLINE_VICTIM_MODIFIERS)
_EVENT_VICTIM = re.compile(r"([A-Za-z]+)\s+(victim)\b(?![-'’])", re.IGNORECASE)


def headline_verb_openings(doc: Doc, headline: str, opening: int) -> Iterator[int]:
    """The character offsets just after each present-tense verb of the headline (from
    ``opening``), where a casualty's people may open ("Family mourns | man shot to death");
    not after an active casualty verb ("Gunman shoots man": its object is read there) nor a
    form of "be" or "have"."""
    for word in _WORD.finditer(headline, opening):
        lower = word.group().lower()
        if lower in HEADLINE_NOT_OPENING_VERBS or lower in HEADLINE_ACTIVE_VERBS:
            continue
        if lower in HEADLINE_OBJECT_CASUALTY:
            continue
        token = token_at_char(doc, word.start())
        if token is None or token.idx != word.start():
            continue
        if token.tag_ in HEADLINE_PRESENT_TAGS or lower in HEADLINE_MISREAD_VERBS:
            after = word.end()
            if headline[after : after + 1] == " ":
                yield after + 1


def victims_after_verbs(
    doc: Doc, headline: str, opening: int
) -> Iterator[tuple[int, int, str, int, Token]]:
    """ "Coroner IDs victim of fatal shooting" (killed), "Police find gunshot victim in street"
    (shot): one victim after a headline verb, named by the harm (module docstring)."""
    # "Victim in fatal shooting identified": the victim opens the headline (impl55)
    for at in (opening, *headline_verb_openings(doc, headline, opening)):
        of = _VICTIM_OF.match(headline, at)
        if of is not None:
            fatal, event = of.group(2).lower(), of.group(3).lower()
            token = token_at_char(doc, of.start(1))
            if fatal in HEADLINE_FATAL_EVENTS and event in HEADLINE_HARM_EVENTS and token:
                yield of.start(1), of.end(1), "killed", 1, token
            continue
        named = _EVENT_VICTIM.match(headline, at) if at != opening else None
        if named is None:
            continue
        measure = HEADLINE_VICTIM_MODIFIERS.get(named.group(1).lower())
        token = token_at_char(doc, named.start(2))
        if measure is not None and token is not None:
            yield named.start(), named.end(), measure, 1, token
