"""A month name glued to the word before it by a scrape: "ReplyTom HaleFeaturedFebruary 6, 2016",
"ReplyLena OrtizJanuary 12, 2016". Pure.

Live blogs copied with their page furniture run a post's byline or badge into its timestamp,
so the month stands at the end of one long token ("...FeaturedFebruary") and the day after it
is read as a bare count. The day of "Month D, YYYY" is a date (gold README: "Dates, times ...
are not claims"), wherever the month's first letter starts. Session 63's pool: one live blog
with 34 such timestamps, 17 of them read as claims of the day's number.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

# A full month name, capitalised, right after a lower-case letter or digit ending the same
# token: "FeaturedFebruary", "5ptsHaleMarch"; not "Mayor", not "Mr. May".
_GLUED_MONTH_RE = re.compile(
    r"[a-z0-9](January|February|March|April|May|June|July|August|September|October|November"
    r"|December)$"
)


def ends_in_glued_month(token: Token) -> bool:
    """True if ``token`` ends in a month name run into the word before it."""
    return bool(_GLUED_MONTH_RE.search(token.text))
