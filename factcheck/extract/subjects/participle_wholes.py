"""A share of a whole named by a casualty participle: "23 of the 53 wounded" (issue 11). Pure.

"Twenty-three of the 53 wounded remained hospitalized": the participle after the whole's number
names those counted ("wounded"), so the share is no ellipsis of the figure before it
(realgold20 gold: "wounded"; "three of the dead", "one of the five injured": realgold14, tune22).

"One in five of the people intercepted off Tunisia were children": a participle right after a
share's "of" noun narrows the whole to those it names, and the golds name it ("intercepted":
wire2l; "killed" for "one in three of the people killed": wire2y; "people crossing": wirem).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import FIGURE_HOLDER_NOUNS, PARTICIPLE_WHOLE_WORDS


def own_participle(number: Token, follower: Token) -> bool:
    """True if ``follower`` is a casualty participle that hangs on the whole's ``number``."""
    return follower.head == number and follower.lower_ in PARTICIPLE_WHOLE_WORDS


def whole_participle(whole: Token) -> str:
    """The participle right after a share's "of" noun that hangs on it ("of the people
    intercepted off Tunisia", "of the passengers arriving"), or ''."""
    doc = whole.doc
    if whole.i + 1 >= len(doc) or whole.lower_ in FIGURE_HOLDER_NOUNS:
        return ""  # "three shy of the number required": a mark, not a whole (delegate_counts)
    after = doc[whole.i + 1]
    if after.head != whole or after.dep_ != "acl" or after.tag_ not in ("VBN", "VBG"):
        return ""
    return after.lower_
