"""A set named again right after it is listed: "Florida or Ohio, the two delegate-rich
primaries", "Nevada and Florida, the two battleground states" (issue 11). Pure.

The number in an appositive after a list of named places or bodies counts the items just
listed, so it says nothing a fact-checker could count (docs/gold-conventions.md "Re-mentions":
"not where it re-mentions a set already listed"). Read off the surface, not the parse (which
hangs the appositive anywhere): "<name>[, <name>...][,] and|or <name>, the N ..." with as many
names as N. The list may follow an opening phrase and its comma ("In March, Ohio and Utah, the
two ..."): a comma before the first name ends the list when no listed name precedes it. Lists
of people are left to ``named_pairs`` (a casualty report's "Tom Lee and Ann Roe, the two
victims" counts its victims).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.extract.lexicon import LISTED_SET_LABELS, LISTED_SET_NUMBERS


def is_listed_set_re_mention(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start:end`` is the "two" of "Florida or Ohio, the two states"."""
    if end - start != 1 or start < 4:
        return False
    size = LISTED_SET_NUMBERS.get(doc[start].lower_)
    if size is None or doc[start - 1].lower_ != "the" or doc[start - 2].text != ",":
        return False
    return _items_listed_before(doc, start - 2) == size


def _items_listed_before(doc: Doc, comma: int) -> int:
    """How many named items a list ending at token ``comma`` holds ("A, B and C," = 3), or 0."""
    by_end = {ent.end: ent for ent in doc.ents}
    last = _listed(by_end.get(comma))
    if last is None:
        return 0
    joiner = last.start - 1
    if joiner < 1 or doc[joiner].lower_ not in ("and", "or"):
        return 0
    count, end = 1, joiner - 1 if doc[joiner - 1].text == "," else joiner
    while True:
        item = _listed(by_end.get(end))
        if item is None:
            return count if count > 1 else 0
        count += 1
        if item.start < 2 or doc[item.start - 1].text != ",":
            return count
        end = item.start - 1


def _listed(ent: Span | None) -> Span | None:
    """The entity if it is a named place or body a list can hold, else None."""
    return ent if ent is not None and ent.label_ in LISTED_SET_LABELS else None
