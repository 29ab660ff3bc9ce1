"""What a sum of worth values: "$420,000 worth of paintings", "bonds ... worth between $X and $Y",
"jewelry worth $20,000"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.noun_phrases import NOUNS
from factcheck.extract.subjects.referents import modified_noun

# the roles of a noun the parse leaves "worth" beside, hung on the noun's verb instead
_HELD_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos"})


def worth_subject(doc: Doc, mention: Mention) -> str:
    """The thing a money figure says the worth of, or "".

    "roughly $420,000 worth of paintings" -> "paintings" (what the sum bought); "bonds in Harbor
    Savings Co. worth between $250,000 and $500,000", "stakes in Acme, which combined are worth
    between ..." -> "bonds", "stakes" (what is worth it), "recovered jewelry worth $20,000",
    "the deal, worth a reported $1.2 million" -> "jewelry", "deal" (the noun before "worth"
    where the parse hangs it on the verb), else "worth" itself.
    """
    after = doc[mention.end : mention.end + 3]
    if len(after) >= 3 and after[0].lower_ == "worth" and after[1].lower_ == "of":
        objects = [c for c in after[1].children if c.dep_ == "pobj" and c.pos_ in NOUNS]
        return modified_noun(objects[0]) if objects else ""
    worth = _worth_before(doc, mention.start)
    if worth is None:
        return ""
    owner = _owner(worth)
    return modified_noun(owner) if owner is not None else "worth"


def _worth_before(doc: Doc, start: int) -> Token | None:
    """ "worth" right before the figure, or before the article and participle that report it:
    "the deal, worth a reported $1.2 million", "worth an estimated $3 billion"."""
    at = start - 1
    while (
        at > 0 and start - at <= 2 and doc[at].tag_ in ("DT", "VBN") and doc[at].lower_ != "worth"
    ):
        at -= 1
    return doc[at] if at >= 0 and doc[at].lower_ == "worth" else None


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
    before = worth.doc[worth.i - 1] if worth.i > 0 else worth
    if before.text == "," and before.i > 0:
        before = before.doc[before.i - 1]  # "the deal, worth a reported $1.2 million"
    if worth.dep_ in ("prep", "advcl") and before.pos_ == "NOUN" and before.dep_ in _HELD_DEPS:
        # "recovered jewelry worth $20,000": the parse hangs "worth" on the verb; the noun
        # right before it is what is worth the sum (gold README, "subject")
        return before
    return None
