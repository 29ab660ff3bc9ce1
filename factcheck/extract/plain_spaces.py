"""No-break spaces inside a figure read as spaces by the tokenizer (issue 11). Pure.

Web copy writes figures with no-break spaces ("almost\\xa014\\xa0million", "spent at
least\\xa0$345,430"). spaCy keeps a no-break space as a token of its own, so "almost", "14" and
"million" were three words apart to every rule: the figure was read as a bare "14", its
qualifier and scale word lost. A no-break space that touches a figure (after a digit, or
before a digit or a currency sign) is given to the tokenizer as a plain space, one character
for one, so every offset stays the article's; the text the Doc records (``doctext``) and every
claim's text stay exactly as written. No-break spaces elsewhere are left alone: read as plain
spaces they re-parse whole sentences of page furniture and idioms ("was\\xa0one too many").
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import NO_BREAK_SPACES, SINGLE_CURRENCY_SIGNS

_SPACES = "".join(sorted(NO_BREAK_SPACES))
_SIGNS = re.escape("".join(sorted(SINGLE_CURRENCY_SIGNS)))
_IN_FIGURE_RE = re.compile(rf"(?<=\d)[{_SPACES}]|[{_SPACES}](?=[\d{_SIGNS}])")


def as_plain_spaces(text: str) -> str:
    """``text`` with each no-break space that touches a figure a plain space (same length,
    same offsets)."""
    if not any(space in text for space in NO_BREAK_SPACES):
        return text
    return _IN_FIGURE_RE.sub(" ", text)
