"""The people a poll asks are no source: "Most voters said taxes were too high, and 35 percent
of voters said schools were the priority", "respondents said". Issue 11 ("never take the
counted thing ... as the source"): the figure counts them; whoever polled them reports it.

A source phrase whose last word is a polled people's noun (POLLED_PEOPLE: respondents,
voters, Americans, adults, independents), with no poll noun of its own ("a poll of American
voters", "surveys of primary voters" stay), gives way to the poll its sentence names, else
to no source. Measured (session 58, totals by our source's head word): such sources were
wrong in 16 of 19 records over the three gold families (the golds give none or the poll).
"""

from __future__ import annotations

from factcheck.extract.lexicon import POLL_NOUNS, POLLED_PEOPLE
from factcheck.model import Source


def names_the_polled(source: Source) -> bool:
    """The source phrase is the people a poll asks ("likely voters", "respondents")."""
    words = [word.lower().strip(".,'\"") for word in source.text.split()]
    return bool(words) and words[-1] in POLLED_PEOPLE and not POLL_NOUNS.intersection(words)
