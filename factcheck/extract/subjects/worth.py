"""What a sum of worth values: "$420,000 worth of paintings", "bonds ... worth between $X and $Y"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.referents import modified_noun

_NOUNS = ("NOUN", "PROPN")


def worth_subject(doc: Doc, mention: Mention) -> str:
    """The thing a money figure says the worth of, or "".

    "roughly $420,000 worth of paintings" -> "paintings" (what the sum bought); "bonds in Harbor
    Savings Co. worth between $250,000 and $500,000", "stakes in Acme, which combined are worth
    between ..." -> "bonds", "stakes" (what is worth it), else "worth" itself.
    """
    after = doc[mention.end : mention.end + 3]
    if len(after) >= 3 and after[0].lower_ == "worth" and after[1].lower_ == "of":
        objects = [c for c in after[1].children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
        return modified_noun(objects[0]) if objects else ""
    if mention.start == 0 or doc[mention.start - 1].lower_ != "worth":
        return ""
    worth = doc[mention.start - 1]
    owner = _owner(worth)
    return modified_noun(owner) if owner is not None else "worth"


def _owner(worth: Token) -> Token | None:
    """What is worth the sum: the noun "worth" follows, or the subject of "are worth" (through
    "which" to the noun it stands for)."""
    subjects = [c for c in worth.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if worth.dep_ == "acomp" and subjects:
        noun = subjects[0]
        if noun.tag_ == "WDT" and noun.head.dep_ == "relcl":
            noun = noun.head.head  # "stakes in Acme, which combined are worth ..."
        return noun if noun.pos_ == "NOUN" else None
    subjects = [c for c in worth.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].pos_ == "NOUN":
        return subjects[0]  # "reports bonds ... worth between", parsed as a clause
    if worth.dep_ == "amod" and worth.head.pos_ == "NOUN":
        return worth.head
    return None
