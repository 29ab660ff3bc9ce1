"""A share of a whole named by a casualty participle: "23 of the 53 wounded" (issue 11). Pure.

"Twenty-three of the 53 wounded remained hospitalized": the participle after the whole's number
names those counted ("wounded"), so the share is no ellipsis of the figure before it
(realgold20 gold: "wounded"; "three of the dead", "one of the five injured": realgold14, tune22).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import PARTICIPLE_WHOLE_WORDS


def own_participle(number: Token, follower: Token) -> bool:
    """True if ``follower`` is a casualty participle that hangs on the whole's ``number``."""
    return follower.head == number and follower.lower_ in PARTICIPLE_WHOLE_WORDS
