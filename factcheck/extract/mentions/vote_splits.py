"""A split written as one word, "5-to-4", "9-to-6": one figure, the first number. Pure.

"decided by a 5-to-4 vote", "a reliable 5-to-4 majority": the tally of a vote (or any split
"N-to-M" written with hyphens) is one claim whose span takes both numbers and whose value is
the first, as a ratio's "5-1" is (``ratios``; realgold35 gold: "5-to-4" value 5, "9-to-6"
value 9). spaCy keeps "to-4" as one token, so the second number starts no mention of its own
and the span stopped at the "5".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# "to-4", "to-12": the joiner and the second number of the split, as spaCy leaves them
_SECOND_NUMBER_RE = re.compile(r"^to-[0-9]+$", re.IGNORECASE)


def glued_split_end(doc: Doc, end: int) -> int:
    """The end of "-to-4" right after a figure ending at token ``end``, else 0.

    Args:
        doc: the parsed article.
        end: the token after the figure's first number ("5" of "5-to-4").
    """
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_:
        return 0
    if doc[end].whitespace_ or not _SECOND_NUMBER_RE.match(doc[end + 1].text):
        return 0
    return end + 2
