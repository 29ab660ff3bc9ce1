"""A share that is the subject of an absolute "with" clause: "With 87.5% of ballots counted",
"with 99.2% of the vote counted", "With 95 percent of precincts reporting". The participle says
what the share is of (the ballots counted so far), and the golds name it with its object
("ballots counted", "vote counted": tests/wiref, realgold7; "precincts reporting": realgold5,
12, 30; gold README, "subject"), so it follows the share's "of" object.
"""

from __future__ import annotations

from spacy.tokens import Token


def absolute_participle(share: Token) -> str:
    """The participle of the "with" clause the share is the subject of, or ''."""
    verb = share.head
    if share.dep_ not in ("nsubj", "nsubjpass") or verb.tag_ not in ("VBN", "VBG"):
        return ""
    if not any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
        return ""
    return verb.lower_
