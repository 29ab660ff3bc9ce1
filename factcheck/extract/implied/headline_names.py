"""A victim's name among a telegraphic headline's people: "Jamal Carter, 19, shot dead outside
store", "Family mourns Jamal Carter, killed in weekend shooting", "Vigil held for Keisha Brown,
shot and killed Friday". Pure.

``headline_casualties.py`` reads a headline's people by their words: person nouns with ages and
modifiers ("Store clerk", "9-year-old girl"). The lead's decision (session 12) counts a named
victim as "a man" is, and the gold README's "Headlines" makes a headline's count a claim of its
own; local news opens many headlines on the victim's name. A name here is two to four
capitalised words of the parse's proper nouns (initials and suffixes among them, "Hector
Garcia Jr."), whose last word the article gives a person (``named_victims.PersonNames``: a
person entity or a name by its form in the body), in a headline that tells a shooting (or
whose article does, near its start): not "Hillary Clinton hurt by email probe". The span is
the name alone, as the golds write a named victim ("David McCray", not "David McCray, 22").
After a name, a comma before the casualty participle is the name's apposition ("Jamal Carter,
killed in ..."), as an age's is ("Boy, 3, killed").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.extract.doctext import doc_text, token_at_char
from factcheck.extract.implied.casualty_names import NAME_SUFFIXES
from factcheck.extract.implied.name_forms import NAME_TAGS, is_name_cased
from factcheck.extract.implied.named_victims import PersonNames
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS, HEADLINE_PASSIVE_CASUALTY

# Up to four capitalised words in a row: "Jamal Carter", "Hector Garcia Jr.", "Randall R. Coffland".
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}")
# A name's suffixes, left out of the surname it is known by.
_SUFFIXES = frozenset({s.rstrip(".") for s in NAME_SUFFIXES})
# A shooting told: the headline's or the article's opening words.
_SHOOTING = re.compile(r"shoot|shot|gunfire|gunshot|bullet|gunman|gunmen", re.IGNORECASE)
# How much of the article after its headline may tell the shooting.
_OPENING_CHARS = 1500
# After a name: ", killed in ...", ", shot and killed ...".
_APPOSED_PARTICIPLE = re.compile(r",\s+([A-Za-z]+)\b")


def read_headline_name(doc: Doc, headline: str, at: int) -> tuple[int, int, int] | None:
    """(start, end, 1) for a victim's name that opens at ``at`` of the headline; else None."""
    run = _NAME_RUN.match(headline, at)
    first = token_at_char(doc, at) if run is not None else None
    if run is None or first is None:
        return None
    words = []
    for token in doc[first.i :]:
        if token.idx >= run.end() or token.is_space:
            break
        if token.tag_ not in NAME_TAGS or token.lower_ in CASUALTY_PERSON_NOUNS:
            break
        words.append(token)
    while words and words[-1].text == ".":
        words.pop()  # "Jr." split from its period: the span keeps it (below)
    own = [t for t in words if t.lower_.rstrip(".") not in _SUFFIXES]
    if len(own) < 2 or not all(is_name_cased(t) for t in own[-1:]):
        return None
    if own[-1].lower_ not in PersonNames(doc) or not _tells_shooting(doc, headline):
        return None
    end = words[-1].idx + len(words[-1].text)
    if headline[end : end + 1] == "." and words[-1].lower_ in _SUFFIXES:
        end += 1  # "Hector Garcia Jr."
    return at, end, 1


def apposed_participle(headline: str, after: int) -> int | None:
    """Where the casualty words start after a name's comma ("Jamal Carter, killed in ..."): the
    offset of the participle, if it is one of HEADLINE_PASSIVE_CASUALTY; else None."""
    found = _APPOSED_PARTICIPLE.match(headline, after)
    # "Family Mourns Jamal Carter, Killed In ...": a title-case headline capitalises it
    if found is None or found.group(1).lower() not in HEADLINE_PASSIVE_CASUALTY:
        return None
    return found.start(1)


def _tells_shooting(doc: Doc, headline: str) -> bool:
    text = doc_text(doc)
    return bool(_SHOOTING.search(headline) or _SHOOTING.search(text, 0, _OPENING_CHARS))
