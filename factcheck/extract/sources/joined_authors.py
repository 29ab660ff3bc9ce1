"""A document credited to two authors names both: "a poll conducted by the Ledger and Metro
Channel", "recent polls from Marist and CNN".

docs/gold-conventions.md, "Documents 'by' an organisation", writes the source of a figure from
a credited poll, study or count as the whole noun phrase "from its determiner through the
organisation's name". When the text credits the document to two organisations joined by
"and", the phrase runs through the second name too (realgold6 "a poll conducted by the New
York Times and ABC News", realgold7 "recent polls from Quinnipiac and Fox News"); cutting it
after the first name named half the authors. Only a name joins (a proper noun or a tagged
organisation or person), not a common noun ("a poll by the Ledger and voters' reactions") nor
a phrase carrying a figure.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import JOINED_AUTHOR_ENTS


def joined_author_end(author: Token, end: int, phrase: Callable[[Token], Span]) -> int:
    """Where the author's phrase ends with a second author joined to it by "and" right after
    ``end`` ("by the Ledger and Metro Channel News"); ``end`` when there is none. ``phrase``
    gives a name's source phrase (source_phrase.py)."""
    doc = author.doc
    for conj in author.rights:
        if conj.dep_ != "conj" or conj.left_edge.i <= end:
            continue
        between = [t.lower_ for t in doc[end : conj.left_edge.i] if not t.is_space]
        if between != ["and"]:  # a no-break space may stand between as a token of its own
            return end
        if conj.pos_ != "PROPN" and conj.ent_type_ not in JOINED_AUTHOR_ENTS:
            return end
        if any(t.like_num for t in conj.subtree):
            return end
        return max(end, phrase(conj).end)
    return end
