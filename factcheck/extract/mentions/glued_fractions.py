"""A fraction word glued by a hyphen to the word after it: "a third-party candidate", "a
third-place finish". Pure.

Such a fraction is part of a compound, a name or descriptor ("third-party", gold README,
"numbers inside names": "two-state solution"; the tuning golds realgold8, realgold20 and
realgold24 write "third-party" as a not-claim six times), so it never opens a share, even after
a word the qualifier reader takes for one ("uniting behind a third-party candidate": session
63's pool). Not before a scale word or a unit: "a quarter-million" is a number and "cut
rates by a quarter-point" a measure (both left to the share reader as before).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import FRACTION_UNIT_NOUNS, SCALE_WORDS


def is_glued_to_next_word(doc: Doc, i: int) -> bool:
    """True if token ``i`` (a fraction word) is written fused by a hyphen to a word that is no
    scale or unit: "third" in "a third-party candidate"; not "quarter" in "a quarter-million"
    or "by a quarter-point", which measure."""
    return (
        i + 2 < len(doc)
        and not doc[i].whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_alpha
        and doc[i + 2].lower_ not in SCALE_WORDS
        and doc[i + 2].lemma_.lower() not in FRACTION_UNIT_NOUNS
    )
