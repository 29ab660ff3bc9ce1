"""Small lookups in the dependency parse that several rules share."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def prep_objects(head: Token, preposition: str) -> list[Token]:
    """The objects of ``head``'s preposition ``preposition``: "succumbed to [his injuries]",
    "released from [the hospital]"."""
    return [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == preposition
        for o in p.children
        if o.dep_ == "pobj"
    ]


def clause_verb(token: Token) -> Token | None:
    """The nearest verb or auxiliary above ``token``: the verb of the clause a figure stands in
    ("using [two] accounts was a mistake" -> "using"), or None where none governs it."""
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


def is_set_off(token: Token) -> bool:
    """``token`` opens its sentence or follows a comma, set off from the words before it:
    "Per police, four ...", "..., per the Treasury", "..., by one estimate"."""
    return token.i == token.sent.start or (token.i > 0 and token.doc[token.i - 1].text == ",")


def bare_one_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The noun that a bare "one" at ``start:end`` modifies as a number ("one firm", "one
    PAC"), or None when the span is not a lone "one" before its head."""
    if end - start != 1 or doc[start].lower_ != "one":
        return None
    one = doc[start]
    if one.dep_ != "nummod" or one.head.i <= one.i:
        return None
    return one.head
