"""A person's name as the article writes it, with the courtesy title the tagger leaves out.

The named-entity tagger reads "Mr. Rubio" as the person "Rubio". A pronoun resolved to the
last person named ("Mr. Rubio boldly claimed the nomination. ''We were at 6 and 7,'' he
added") takes the name as written there, "Mr. Rubio", as the golds write it
(docs/gold-conventions.md, "Titles and roles before names in source text": the name as
written, with a title that stands before it; on NYT articles the tuning golds write a
"Mr."/"Mrs." name 25 times against one bare surname). Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import COURTESY_TITLES


def person_name_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token range of the person's name that token ``i`` is in, with a capitalised
    courtesy title right before it ("Mrs. Clinton", "Dr. Carson"); the entity alone
    otherwise."""
    start, end = entity_bounds(doc, i)
    if start > 0 and doc[start - 1].lower_ in COURTESY_TITLES and doc[start - 1].is_title:
        start -= 1
    return start, end
