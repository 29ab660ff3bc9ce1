"""A body described first and named after a comma is cited by its name: "A medical group that
tracks casualties, the Sudan Doctors Network, put the toll at 34", "The UN mission in the
country, MINUSCA, said ..." give "the Sudan Doctors Network" and "MINUSCA", named_org.

The source phrase stopped at the description (an unnamed group: anonymous). Gold README,
"Source kinds": an institution or named group -> named_org, and the source is who gives the
figure: the named body the description stands for. Evidence: two wire sets by two writers
(tests/wirea a_1, tests/wiref f_3). A person named so ("A Twitter spokesman, Christopher
Abboud") gives the name too (``apposed_names.py``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import ORG_DESCRIPTOR_NOUNS, ORG_HEADS
from factcheck.extract.sources.source_phrase import source_phrase


def body_named_in_apposition(head: Token) -> Span | None:
    """The name of a body set after a comma beside the source's common noun for a body, or
    None."""
    word = head.lemma_.lower()
    if head.pos_ != "NOUN" or (word not in ORG_DESCRIPTOR_NOUNS and word not in ORG_HEADS):
        return None
    doc = head.doc
    for child in head.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.ent_type_ == "PERSON":
            continue
        if child.left_edge.i < 1 or doc[child.left_edge.i - 1].text != ",":
            continue
        if not (child.is_title or child.is_upper):
            continue
        return source_phrase(child)
    return None
