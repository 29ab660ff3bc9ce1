"""An office written in two words whose last is no role alone: "the district attorney", "the
county attorney", "the lieutenant governor". One person holds it, so a definite mention names
that person (gold README, "Source kinds": a unique role -> named_person; realgold6 and
realgold19 golds write "District Attorney" and "Starr County District Attorney Omar Escobar"
named_person), where "the attorney" alone is anyone's lawyer. So is an office its rank
word makes the one at the top: "the chief executive", "the hospital's chief medical officer",
"its chief financial officer" (one holder each, where "an officer" or "the executive" is one
of many; session 54, src54).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import OFFICE_RANK_WORDS, OFFICE_TITLE_PAIRS


def two_word_office(head: Token) -> bool:
    """The head and the word before it are an office ("district attorney"), written after a
    determiner or an owner or alone, not as a name's title ("District Attorney Lena Ortiz",
    whose head is the name)."""
    if head.i == 0 or head.pos_ not in ("NOUN", "PROPN"):
        return False
    before = head.doc[head.i - 1]
    return before.head.i == head.i and (before.lower_, head.lower_) in OFFICE_TITLE_PAIRS


def ranked_office(head: Token) -> bool:
    """ "the chief executive", "the company's chief medical officer": a singular role noun
    with a rank word among its modifiers, the one person at the top of a body."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    return any(
        t.lower_ in OFFICE_RANK_WORDS and t.dep_ in ("amod", "compound", "nmod")
        for t in head.doc[head.left_edge.i : head.i]
    )
