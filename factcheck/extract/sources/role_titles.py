"""A role written before an abbreviated title and a name: "Ministry spokesperson Col. Lin Mei".

docs/gold-conventions.md, "Titles and roles before names in source text", keeps a title or role
that stands before the name at the attribution. When a rank of address stands between the role
and the name, the role is still the name's: the wire golds write the three whole ("Ministry
spokesperson Col. Hsieh Wen-ching", tests/wirel; "Army spokesman Brig. Gen. Nabil Abdelrahim",
tests/wirea), as they write "ministry spokesman Mwila Kangwa" without the rank.

Notes:
    A role the lowercase-noun test refuses (an adjective, a possessive: "his aide Col. Ray
    Ortiz") is left out, as it is before a bare name (``source_extent.common_noun_role_start``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from factcheck.extract.sources.source_extent import common_noun_role_start


def role_before_title(doc: Doc, span_start: int, title_start: int, name_start: int) -> int:
    """Where the source text begins when an abbreviated title kept before the name
    (``title_start`` < ``name_start``) has a role of common nouns before it; else
    ``title_start``."""
    if title_start >= name_start:
        return title_start
    # "Army spokesman Brig. / Gen. Omar Haddad": the splitter may end a sentence at a rank
    role = common_noun_role_start(doc, min(span_start, doc[title_start].sent.start), title_start)
    return title_start if role is None else role


def ranks_before(doc: Doc, title_start: int, title_start_of: Callable[[Doc, int], int]) -> int:
    """ "Maj. Gen. Ivo Maric", "Lt. Col. Avi Dror": a rank written before an abbreviated rank
    is kept with it, as the wire golds write "Brig. Gen." whole; ``title_start_of`` finds an
    abbreviated title right before a position (or returns the position)."""
    before = title_start_of(doc, title_start) if title_start > 0 else title_start
    return before if before < title_start else title_start
