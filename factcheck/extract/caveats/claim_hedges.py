"""A claim of the figure hedges it however the parse takes "claim" (gold README, "hedged":
"claimed"). Pure.

"Trump claims he's worth $10 billion" where the tagger makes "claims" a noun (it still has a
subject and a clause of its own), "Mr. Trump's claims that his net worth exceeds $10 billion"
(the noun's content clause), "organizers claimed nearly 400 delegates participated" (what is
claimed is a clause, so "claim" is no win of delegates as in "claimed 41 delegates"). Not a
claim that is a thing ("insurance claims of $2 million", "a claim to 40 acres"): there the
figure is no clause under the noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CLAIM_CLAUSE_DEPS, CLAIM_NOUNS


def claim_noun_over(number: Token) -> Token | None:
    """The noun "claim(s)" (or "assertion", "contention") whose clause holds the figure: a content clause ("claims that ...")
    or the clause of a "claims" the tagger took for a noun ("Trump claims he's worth ...")."""
    below = number
    for token in number.ancestors:
        if token.lemma_.lower() in CLAIM_NOUNS and token.pos_ == "NOUN":
            if below.dep_ not in CLAIM_CLAUSE_DEPS:
                return None
            content = any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children)
            as_verb = below.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in token.children)
            return token if content or as_verb else None
        below = token
    return None


def claim_noun_before_clause(number: Token) -> Token | None:
    """ "about Clinton's assertion that 90 to 95 percent of the e-mails were in the system": the
    parse hangs the "that" clause on the main verb, but "that" follows the noun at once, so the
    clause is the noun's content (realgold32 gold: hedged)."""
    for token in [number, *number.ancestors]:
        if token.dep_ in ("relcl", "advcl", "acl"):
            return None  # a clause of its own inside the content
        if token.dep_ != "ccomp":
            continue
        for mark in token.children:
            if mark.dep_ == "mark" and mark.lower_ == "that" and mark.i > 0:
                noun = token.doc[mark.i - 1]
                if noun.lemma_.lower() in CLAIM_NOUNS and noun.pos_ == "NOUN":
                    return noun
        return None  # the first clause above the figure decides
    return None


def claimed_as_clause(number: Token, claim: Token) -> bool:
    """The figure sits in a clause the verb "claim" governs ("claimed nearly 400 delegates
    participated"), so "claim" states it; it does not take or win it."""
    for token in [number, *number.ancestors]:
        if token.head.i == claim.i and token.i != claim.i:
            return token.dep_ in CLAIM_CLAUSE_DEPS
    return False
