"""What was published, counted as the passive's subject (issue 11).

"71% of front-page stories were written by men" (realgold6 gold: no source), "1,100 pages
were released by the department": the figure counts what the verb put out, an act of its
doer, as in the active "The department released more than 1,100 pages" (attribution.py,
``_puts_out_what_it_counts``); the doer reports nothing about it. "A toll of 300 was released
by the ministry" still reports: the figure is the object's own count, not a count of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import PUBLISHING_VERBS


def counts_what_was_published(verb: Token, below: Token, number: Token) -> bool:
    """The figure counts the passive subject of a publishing verb ("71% of stories were
    written by men", "two words were posted by the account")."""
    if verb.lemma_.lower() not in PUBLISHING_VERBS or below.dep_ != "nsubjpass":
        return False
    return number.i == below.i or (number.dep_ == "nummod" and number.head.i == below.i)
