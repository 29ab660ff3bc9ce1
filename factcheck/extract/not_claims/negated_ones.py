""" "One" under a negation, which means "no" or "none at all": "I don't know one voter who
wants that", "There wasn't one issue that drove me" (session 56, branch claims56). Pure.

A negated "one" before its noun denies that there is any: the figure a fact-checker would
check is zero, and the sentence is a rhetorical "no" rather than a count (gold README: idioms
are not claims). The tuning golds write every negated "one" or "a single" before a noun so, 6
of 6 over the allowed articles, none a claim (realgold36 "negative quantifier, not a count"
for "There wasn't one issue"; "not one woman appeared", "we didn't get one [delegate]", "not
a single incumbent has lost"); other rules already drop most. This reads the shape where a
negated verb stands right before "one" and its noun: "don't know one", "wasn't one", "never
met one". Not in a sentence of a casualty or crime ("not one person was hurt" reports a
casualty count); "only one" is ``indefinite_one``'s count.

On the allowed articles: 2 changes on 2 articles, both right (realgold36 gold; a fresh
PolNeAR article's "I don't know one Jewish person that doesn't want a deal", judged).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import NAMED_PAIR_CASUALTY_WORDS, NEGATING_WORDS


def is_negated_one(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "one" of "I don't know one voter who ..."."""
    if end - start != 1 or start < 2 or doc[start].lower_ != "one":
        return False
    one = doc[start]
    if one.dep_ != "nummod" or one.head.i <= one.i:
        return False
    before = doc[start - 1]
    negated = before.lower_ in NEGATING_WORDS or (
        doc[start - 2].lower_ in NEGATING_WORDS and before.pos_ in ("VERB", "AUX")
    )
    if not negated:
        return False
    return not any(
        t.lemma_.lower() in NAMED_PAIR_CASUALTY_WORDS or t.lower_ in NAMED_PAIR_CASUALTY_WORDS
        for t in one.sent
    )
