"""A number before a capitalised unit of time inside a sentence is part of a name: "She was
interviewed on 60 Minutes", "told 48 Hours", "a Thirty Days rerun" (gold README: numbers that
are part of a name are not claims). Pure.

A span of time written in running text keeps its unit in lower case ("for 60 minutes"); a unit
written capitalised mid-sentence is a word of a title (a programme, a film, a campaign). The
number must not open the sentence (where a capital says nothing), the word before it must not
be title case too (a title-case line: the headline rules lower-case those before parsing,
``headline_case``), and a spelled number must itself be capitalised ("Thirty Days").

Evidence: helper clm63 judged "60 Minutes" (a television programme) a name on unannotated pool
articles; session 63 brief (parts of names taken as claims: 10 held out, 10 check, 6 tuning).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import TIME_UNITS
from factcheck.extract.mentions.quantities import is_numeral


def is_before_titled_unit(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start:end`` is followed by a capitalised unit of time mid-
    sentence ("on 60 Minutes")."""
    if end - start != 1 or start < 1 or end >= len(doc):
        return False
    number, unit, before = doc[start], doc[end], doc[start - 1]
    if number.is_sent_start or before.is_title or before.is_punct and before.text != ",":
        return False  # "60 Minutes aired", "Police: 2 Hours": a capital that says nothing
    if not (is_numeral(number) and number.is_digit or number.is_title):
        return False
    return unit.is_title and unit.lemma_.lower() in TIME_UNITS | {u + "s" for u in TIME_UNITS}
