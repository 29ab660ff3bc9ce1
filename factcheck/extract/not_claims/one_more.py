""" "One more" and "one last" before a noun mean "another" and "a final": "Obama will get one
more chance to poke fun at", "the epidemic was one more reason to secure the border", "Cruz hopes
to get one last media splash", "If you guys ask one more mean question". Pure.

Nothing in such a sentence asks how many (gold README, not-claims: idioms; realgold5 gold
"hypothetical (not a count)" for "ask one more mean question", realgold19 "idiom (one more
trip)"). The "one" is kept a count where its sentence counts: a word limits it ("only one more
debate"), another figure stands beside it, the sentence tells of a casualty, finding or care
("one more person died"), or it needs or compares the one ("need one more seat", "one more
delegate than", "one more vote short").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    CASUALTY_VERBS,
    INDEFINITE_ONE_LIMITERS,
    ONE_MORE_COUNTING_WORDS,
    ONE_MORE_WORDS,
    RE_MENTION_CASUALTY_VERBS,
)
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number

# how far the noun "one" counts may stand after "more" / "last": "one last media splash"
_NOUN_REACH = 3


def is_one_more(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "one" of "one more chance", "one last splash"."""
    if end - start != 1 or doc[start].lower_ != "one" or start + 2 >= len(doc):
        return False
    one = doc[start]
    if doc[start + 1].lower_ not in ONE_MORE_WORDS:
        return False
    if one.dep_ != "nummod" or not start + 1 < one.head.i <= start + 1 + _NOUN_REACH:
        return False
    return not (_limited(one) or _counts_in_its_sentence(one))


def _limited(one: Token) -> bool:
    """ "only one more", "just one more", "at least one more": a count."""
    doc = one.doc
    before = doc[max(one.sent.start, one.i - 2) : one.i]
    return any(t.lower_ in INDEFINITE_ONE_LIMITERS for t in before)


def _counts_in_its_sentence(one: Token) -> bool:
    """Another figure, a casualty, or a need or comparison: the sentence counts the one."""
    for t in one.sent:
        if t.i in (one.i, one.i + 1):
            continue
        lemma = t.lemma_.lower()
        if lemma in ONE_MORE_COUNTING_WORDS or t.lower_ in ONE_MORE_COUNTING_WORDS:
            return True
        if t.pos_ in ("VERB", "AUX") and (
            lemma in CASUALTY_VERBS or lemma in RE_MENTION_CASUALTY_VERBS
        ):
            return True  # "One more person died", "one more victim was found"
        if t.lower_ != "one" and (is_numeral(t) or is_spelled_number(t)):
            if t.ent_type_ not in ("DATE", "TIME", "ORDINAL") and not _in_a_compound(t):
                return True  # "one more delegate, for 15 in all"
    return False


def _in_a_compound(number: Token) -> bool:
    """ "his 99-county pursuit": a number fused into a descriptor tallies nothing."""
    doc = number.doc
    return number.i + 1 < len(doc) and doc[number.i + 1].tag_ == "HYPH"
