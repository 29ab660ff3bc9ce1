""" "The 1 percent" named as a social class, not a share: "everything is working for the 1%",
"a government for all of us, not just the 1 percent!" (session 56, branch claims56). Pure.

The phrase is a set name from the slogan "we are the 99 percent": it names the rich, as "Wall
Street" does, and asserts no measured share (gold README: idioms are not claims). The tuning
golds write it so: realgold30 "defines the group (the 1%)" three times in one interview, and
realgold36 "idiom (the 1 percent, a social class)". A ranking word before it ("the top 1
percent", "the richest 1 percent") is ``group_percentiles``'s. A share measured in a poll is
left a claim: "a sharp rise from the 1 percent who preferred him" (realgold7 gold: claim) goes
on to a clause, and "up to 3 percent from the 1 percent" has a second share in its sentence.
So only "the" + 1 or 99 + a percent word, standing alone before a stop, a comma or a
conjunction, in a sentence with no other percentage.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import CLASS_PERCENT_NEXT, CLASS_PERCENT_NUMBERS, PERCENT_WORDS


def is_class_percent(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "1" or "1 percent" of "working for the 1%"."""
    if start == 0 or doc[start - 1].lower_ != "the":
        return False
    if doc[end - 1].text.endswith("%") and len(doc[end - 1]) > 1:
        unit_at = end - 1  # "1%" kept as one token before "..."
        number = doc[start : end - 1].text_with_ws + doc[end - 1].text[:-1]
    else:
        unit_at = end - 1 if doc[end - 1].lower_ in PERCENT_WORDS else end
        if unit_at >= len(doc) or doc[unit_at].lower_ not in PERCENT_WORDS:
            return False
        number = doc[start:unit_at].text
    if number.strip().lower() not in CLASS_PERCENT_NUMBERS:
        return False
    after = unit_at + 1
    nxt = doc[after] if after < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.is_space or nxt.lower_ in CLASS_PERCENT_NEXT):
        return False  # "the 1 percent who preferred him": a share the clause goes on to measure
    sent = doc[start].sent
    return not any(
        t.lower_ in PERCENT_WORDS or t.text.endswith("%")
        for t in sent
        if t.i != unit_at and not start <= t.i < end
    )
