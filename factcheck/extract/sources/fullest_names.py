"""A pronoun's source written as its antecedent was last written in full.

docs/gold-conventions.md, "Titles and roles before names in source text": a pronoun source
("he said") takes the name of its antecedent as last written in full. When the look-back finds
the speaker under a bare surname ("'The money vanished,' Mbeki told the court. She said ..."),
the wire golds give the fuller mention before it, role and all, as written there ("prosecutor
Faith Wanjiru", "MEC chairperson Ruth Kachale", tests/wireb; "Daniel Kiprono", tests/wirel).

A name written with a courtesy title ("Mr. Rubio") is left as found: the NYT golds cite the
pronoun by it (courtesy_titles.py). Only a bare one-word surname is widened, and only to a
mention of the same person (a PERSON name ending in that word) earlier in the article.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.sources.name_titles import name_behind_title
from factcheck.model import Source, SourceKind


def fullest_mention(doc: Doc, source: Source, before: int) -> Source:
    """The last fuller mention, before token ``before``, of the person a pronoun was resolved
    to under a bare surname; the source unchanged otherwise."""
    words = source.text.split()
    if source.kind is not SourceKind.NAMED_PERSON or len(words) != 1:
        return source
    surname = words[0]
    for ent in reversed([e for e in doc.ents if e.end <= before]):
        if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].text != surname:
            continue
        return Source(text=_as_written(doc, ent).text, kind=SourceKind.NAMED_PERSON)
    return source


def _as_written(doc: Doc, ent: Span) -> Span:
    """The name with the role or title written right before it ("prosecutor Faith Wanjiru"),
    as the source phrase keeps it at an attribution."""
    start, end = entity_bounds(doc, ent.root.i)
    sentence = ent.root.sent
    return name_behind_title(doc[sentence.start : end], doc[end - 1])
