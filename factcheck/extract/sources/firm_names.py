"""A name of several words that ends in a firm's word is a firm's: "Fitch Ratings said",
"Dana Research estimated" -> named_org, however the tagger labels it (it read "Fitch Ratings"
as a person in two wire sets by two writers, tests/wiren n_4 and tests/wirev v_3, whose golds
write named_org). Gold README, "Source kinds": an institution -> named_org. A one-word name
("Research said") is not a name of a firm by this cue. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import FIRM_NAME_ENDINGS


def ends_a_firm_name(head: Token) -> bool:
    """``head`` is the capitalised last word of a proper name of two words or more whose last
    word is a firm's ("Ratings", "Holdings", "Research")."""
    if head.pos_ != "PROPN" or not head.is_title or head.lower_ not in FIRM_NAME_ENDINGS:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)
