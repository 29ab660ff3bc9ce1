"""A fraction of a century as a span of time: "a quarter-century", "half a century" (issue 11).

"He has spent a quarter-century in Congress", "Republican for a half-century", "for more than
half a century": the span measures how long something has lasted, a claim when it asserts that
(gold README, spans of time; realgold3, realgold19, realgold20 golds: value 25 or 50 years).
"A quarter-century ago" only places an event and is a not-claim like "25 years ago"; "the
quarter-century-old brigade" is a compound descriptor. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import CENTURY_FRACTIONS


def century_fraction_end(doc: Doc, i: int) -> int:
    """The end of "a quarter-century", "a half-century", "half a century" or "a quarter of a
    century" starting at token ``i``, or 0. Asked of every token: most are not "a", "an" or
    "half", and return before the words after them are read."""
    if doc[i].lower_ not in ("a", "an", "half"):
        return 0
    words = [t.lower_ for t in doc[i : i + 5]]
    end = 0
    if words[:1] in (["a"], ["an"]) and len(words) >= 4:
        if words[1] in CENTURY_FRACTIONS and words[2] == "-" and words[3] == "century":
            end = i + 4  # "a quarter-century"
        elif words[1] in CENTURY_FRACTIONS and words[2:5] == ["of", "a", "century"]:
            end = i + 5  # "a quarter of a century"
    elif words[:3] == ["half", "a", "century"]:
        end = i + 3  # "half a century"
    if end and end < len(doc) and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_:
        return 0  # "a quarter-century-old brigade": a compound descriptor
    return end


def century_fraction_years(words: list[str]) -> int | None:
    """Years of a figure's words that name a fraction of a century ("a", "quarter",
    "century"), else None."""
    if not words or words[-1] != "century":
        return None
    fractions = [CENTURY_FRACTIONS[w] for w in words if w in CENTURY_FRACTIONS]
    return fractions[0] if len(fractions) == 1 else None


def century_unit_subject(doc: Doc, unit: int, subject: str) -> str:
    """The subject of a span whose unit token ``unit`` is the "century" of "a quarter-century":
    the unit as written ("quarter-century in Congress"), as "years" names "13 years"."""
    if (
        unit >= 2
        and doc[unit].lower_ == "century"
        and doc[unit - 1].text == "-"
        and doc[unit - 2].lower_ in CENTURY_FRACTIONS
    ):
        written = f"{doc[unit - 2].lower_}-century"
        rest = subject.split(" ", 1)[1] if subject.startswith("century") and " " in subject else ""
        return f"{written} {rest}".strip() if subject.startswith("century") else subject
    return subject
