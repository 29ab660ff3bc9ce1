"""A person the article names only by the name they gave: "a fisherman who gave his name as Yusuf".

Wire copy often quotes a witness who "gave his name as Yusuf" or "gave her name only as Maria".
The golds cite that person by the given name, named_person (gold README, "Source kinds": a
named person), both where the described noun is the subject of the reporting verb ("Another
survivor, a fisherman who gave his name as Yusuf, said he had counted more than 30") and where a
pronoun reports the figure after it ("... who gave her name only as Maria stood outside her
house. 'Forty years I lived here,' she said"): tests/wired d_4, tests/wirej j_2.

Notes:
    The tagger often reads such a lone first name as an organisation or a place, so the name is
    found from the words "gave ... name ... as", not from its entity label.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# How many words may stand between "name" and "as" ("gave her name only as Maria").
_NAME_AS_GAP = 2


def given_name_at(give: Token) -> Span | None:
    """The name after "gave (his/her/their) name (only) as" when ``give`` is that "gave"."""
    if give.lemma_.lower() != "give":
        return None
    doc = give.doc
    i = give.i + 1
    if i < len(doc) and doc[i].tag_ == "PRP$":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "name":
        return None
    for j in range(i + 1, min(i + 2 + _NAME_AS_GAP, len(doc))):
        if doc[j].lower_ == "as":
            return _capitalised_run(doc, j + 1)
        if doc[j].pos_ != "ADV":
            return None
    return None


def given_name_of(noun: Token) -> Span | None:
    """ "Another survivor, a fisherman who gave his name as Yusuf": the name given in a
    relative clause on the noun or on a noun in apposition to it."""
    for word in (noun, *(c for c in noun.children if c.dep_ == "appos")):
        for clause in word.children:
            if clause.dep_ == "relcl":
                name = given_name_at(clause)
                if name is not None:
                    return name
    return None


def given_name_starting(token: Token) -> Span | None:
    """The given name that begins at ``token`` ("... gave her name only as / Maria"), so a
    pronoun's look-back counts it as a person's name whatever the tagger made of it."""
    doc = token.doc
    if token.i < 3 or doc[token.i - 1].lower_ != "as":
        return None
    for give in doc[max(token.i - 4 - _NAME_AS_GAP, 0) : token.i - 2]:
        name = given_name_at(give)
        if name is not None and name.start == token.i:
            return name
    return None


def _capitalised_run(doc: Doc, start: int) -> Span | None:
    end = start
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    return doc[start:end] if end > start else None
