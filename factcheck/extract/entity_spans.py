"""The token range of the named entity a token is in. Pure.

Walks the IOB tags rather than ``doc.ents``, which would visit every entity of the document for
each question. Shared by the date rules (``not_claims.dates_times``), the source finders and the
caveats that read a named organiser.
"""

from __future__ import annotations

from spacy.tokens import Doc


def entity_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token range of the named entity that token ``i`` is in (walks the IOB tags, not
    ``doc.ents``, which would visit every entity of the document)."""
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end
