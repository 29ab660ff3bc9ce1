"""What a publishing verb put out, counted: an act of its doer, not a report (issue 11).

"The department released more than 1,100 pages", "the account posted just two words": the
figure counts what the verb puts out, the subject's act, not what it reports. The passive says
the same: "71% of front-page stories were written by men" (realgold6 gold: no source), "1,100
pages were released by the department"; the doer reports nothing about what it put out. "Released
a toll of 300" and "a toll of 300 was released by the ministry" still report: the figure is the
object's own count, not a count of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import PUBLISHING_VERBS

# What a publishing verb put out: its object, or the subject of its passive.
_PUT_OUT_DEPS = frozenset({"dobj", "nsubjpass"})


def counts_what_was_published(verb: Token, below: Token, number: Token) -> bool:
    """The figure counts the object of a publishing verb or the subject of its passive
    ("released 1,100 pages", "71% of stories were written by men"); ``below`` is the figure's
    path token under ``verb``."""
    if verb.lemma_.lower() not in PUBLISHING_VERBS or below.dep_ not in _PUT_OUT_DEPS:
        return False
    return number.i == below.i or (number.dep_ == "nummod" and number.head.i == below.i)
