"""The words of the names an article writes by their form, for its surnames alone. Pure.

``named_victims.is_named`` knows a surname or first name alone ("Price was pronounced dead")
where the article names a person by it; the tagger's person entities alone miss the many local
victims' names it labels a place, an organisation or nothing ("Darnell Price" ORG). A first and
last name by shape, with an age, or with a suffix (``victim_names.is_name_shape``,
``person_shapes.is_aged_name``, ``name_forms.is_suffixed_name``) names a person as surely
(gold README "Implied counts" and "Repeats"; the lead's decision, session 12).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.doctext import doc_text
from factcheck.extract.implied.name_forms import NAME_TAGS, is_suffixed_name
from factcheck.extract.implied.person_shapes import is_aged_name
from factcheck.extract.implied.victim_names import is_name_shape
from factcheck.extract.token_index import tokens_with_tag

# The key of the words kept per Doc.
_KEY = "implied.shaped_name_words"


def shaped_name_words(doc: Doc) -> frozenset[str]:
    """The words (lower case) of the first and last names the article writes by form: a name by
    shape, an aged name or a suffixed one ("Darnell Price", "Dashawn Pettiford, 24,", "James
    Brown III"), outside the first line (a headline's capitals say nothing of a name). Worked
    out once per Doc and kept in ``doc.user_data`` (``PersonNames`` is made per question)."""
    known = doc.user_data.get(_KEY)
    if known is None:
        known = doc.user_data[_KEY] = _shaped_name_words(doc)
    return known


def _shaped_name_words(doc: Doc) -> frozenset[str]:
    first_line = doc_text(doc).find("\n")
    words: set[str] = set()
    for token in tokens_with_tag(doc, NAME_TAGS):  # not every token: the names' (speed55)
        if token.idx <= first_line or token.tag_ not in NAME_TAGS:
            continue
        firsts = [c for c in token.lefts if c.dep_ == "compound"]
        if not firsts:
            continue
        if is_suffixed_name(token):
            words.update(c.lower_ for c in firsts)
        elif is_name_shape(token) or is_aged_name(token):
            words.update(t.lower_ for t in [*firsts, token])
    return frozenset(words)
