"""The first side of a score or a tally written right after a name is a count, not part of the
name. Pure.

Gold README: numbers that are part of a name ("US 247 News", "Windows 11") are not claims, and
``not_claims`` reads a bare number after a proper noun as one. A contest's score or tally puts
the winner's (or leader's) name right before its first side, and the name filter took it:

- "Alabama beat undefeated Clemson 45-40", "went on to handle Wichita State 62-52";
- "Clinton leads Bernie Sanders 1,428 to 1,153 in pledged delegates".

The shape: a verb of contest, the name (with an adjective before it), the number, then "to" or
a dash and another number. A name with a number of its own is seldom the object of such a verb
("flew a Boeing 737-800" has no verb of contest before the name). Tuning golds: 3 of 3 such
first sides are claims, on 3 articles; the second side was already read as a claim.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import CONTEST_VERBS, TALLY_JOINERS
from factcheck.extract.mentions.quantities import is_numeral

_NAME_WORDS = 4  # the most words of the name before a score: "Bernie Sanders", "Wichita State"


def is_score_side(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start:end`` opens a score or tally after a name: "beat Clemson
    45-40", "leads Bernie Sanders 1,428 to 1,153"."""
    if end + 1 >= len(doc) or doc[end].lower_ not in TALLY_JOINERS:
        return False
    if not is_numeral(doc[end + 1]):
        return False
    i = start - 1
    while i >= 0 and start - i <= _NAME_WORDS and doc[i].pos_ == "PROPN":
        i -= 1
    if i == start - 1:
        return False  # no name right before the number
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1  # "beat undefeated Clemson"
    return i >= 0 and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in CONTEST_VERBS
