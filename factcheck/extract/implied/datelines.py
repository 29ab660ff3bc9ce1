"""A lede's dateline the parse takes for a subject: "DALLAS – A 17-year-old was shot Sunday",
"MEMPHIS, Tenn. (AP) — A teen was killed ...". Pure.

en_core_web_sm often makes the dateline's place a second subject of the lede's verb ("DALLAS"
and "old" both ``nsubjpass`` of "shot"), and the people counted then run from the place to the
person, which the rules that read an age standing for a person ("A 17-year-old") reject. A
dateline is never one of the people (gold README "Implied counts": the span is the people's
words); the lede's own subject is. A dateline: the sentence's first word, in capitals or a
place, whose phrase ends on a dash (the wire style "CITY, State (Outlet) —").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import DASH_TOKENS


def is_dateline(token: Token) -> bool:
    """True if ``token`` is a lede's dateline place ("DALLAS" of "DALLAS – A man was ...")."""
    if token.i != token.sent.start or token.pos_ != "PROPN":
        return False
    if not (token.text.isupper() and len(token.text) > 1) and token.ent_type_ != "GPE":
        return False
    if any(c.dep_ == "punct" and _set_off(c) for c in token.children):
        return True  # "DALLAS (AP) — ...": the dash hung on the place
    edge = token.right_edge
    after = token.doc[edge.i + 1] if edge.i + 1 < len(token.doc) else None
    return _set_off(edge) or (after is not None and _set_off(after))


def _set_off(dash: Token) -> bool:
    """A dash that sets a dateline off: spaced on one side at least ("DALLAS – A", "WASHINGTON—
    In"), not a death notice's "SIEGEL--Jerome Arthur" that joins two names."""
    if dash.text not in DASH_TOKENS:
        return False
    before = dash.doc[dash.i - 1] if dash.i > 0 else None
    return bool(dash.whitespace_) or (before is not None and bool(before.whitespace_))


def without_datelines(subjects: list[Token]) -> list[Token]:
    """``subjects`` less a dateline the parse made one of them, where another remains; a
    dateline with the lede's person as its apposition after the dash ("DALLAS (AP) — A
    17-year-old was shot": "old" the appos of "DALLAS") gives that person."""
    kept: list[Token] = []
    for subject in subjects:
        if not is_dateline(subject):
            kept.append(subject)
            continue
        kept += [c for c in subject.children if c.dep_ == "appos" and _after_dash(subject, c)]
    return kept or subjects


def _after_dash(dateline: Token, word: Token) -> bool:
    """True if a dash stands between the dateline and ``word``."""
    return any(t.text in DASH_TOKENS for t in dateline.doc[dateline.i + 1 : word.i])
