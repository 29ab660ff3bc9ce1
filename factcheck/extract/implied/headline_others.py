"""A headline's second casualty clause after a first the people reader does not open: "One
dead, another injured in overnight shooting", "1 dead, man hurt in shooting", "Teen dies,
another hurt after gunfire". Pure.

A telegraphic headline lists its casualties as clauses split by commas (headline_casualties.py
reads "Child killed, father critical"). Where the first clause is a figure ("One dead", "2
killed") it is a claim of its own and no people open the headline, so the clause after it was
not read; "another" there is one more person, not a determiner ("another hurt" = 1 injured).
Gold README "Implied counts" and "Headlines". Yields where the next clause's people start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.lexicon import HEADLINE_COUNTED_STATES, HEADLINE_OTHER_PEOPLE

_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_COUNTED_CLAUSE = re.compile(
    rf"\b(?:\d+|{'|'.join(_NUMBER_WORDS)})\s+(?:people\s+)?"
    rf"(?:{'|'.join(sorted(HEADLINE_COUNTED_STATES))})\s*[,;]\s*(?:and\s+)?",
    re.IGNORECASE,
)


def counted_clause_ends(headline: str, opening: int) -> Iterator[int]:
    """Where the clause after a counted casualty clause starts ("1 dead, " of "1 dead, man hurt
    in shooting"), from ``opening`` (the headline after its source)."""
    for match in _COUNTED_CLAUSE.finditer(headline, opening):
        yield match.end()


def other_person_count(word: str) -> int | None:
    """1 for "another" standing for a person in a headline's list of people; else None."""
    return HEADLINE_OTHER_PEOPLE.get(word.lower())
