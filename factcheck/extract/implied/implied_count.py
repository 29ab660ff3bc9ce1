"""The record of an implied count: the people's words and span, the measure, the number of people
and the token its source and sentence are read from. Pure.

Split from ``implied.py``: ``find_implied_counts`` yields these; ``parsed_counts.py`` makes
them from the parse and ``implied_claims.py`` turns them into claims. "A man was shot and
killed" is one, text "A man", measure "killed", value 1, noun "man".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass(frozen=True)
class ImpliedCount:
    """A count the text implies: its people's words, the measure and the number of people."""

    start: int
    end: int
    text: str
    measure: str
    value: int
    # the token the count's source and sentence are read from: mostly the casualty verb, else
    # the word that says the harm ("remains", "victim") or the person a pronoun stands for
    anchor: Token
    # the person noun of the count ("man", "victims"), for its subject ("man killed")
    noun: str = ""
