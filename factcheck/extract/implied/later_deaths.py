"""A harm followed by the same person's death in a conjunct: killed (session 36, impl44v). Pure.

"A man was wounded and later died", "was rushed to a hospital but did not survive", "suffered a
gunshot wound and died at the scene", "was hit by a stray bullet and later died": the clause
says a hurt first and the death after it, of the same subject (the conjunct has no subject of
its own). So does a verb of care in the clause whose own clause says the death ("was shot and
was taken to a hospital, where he died", session 46 impl2; the tuning golds count the person
killed: realgold7, realgold12). The count is one killed, as "a man was shot and died" and "a
man who was shot Saturday died" already are (docs/gold-conventions.md, "Vocabulary of casualty
shapes": killed, not shot). Not: "a man was wounded and his brother died" (a subject of its
own), "was wounded and could die", "did not die" (not said as happening), "was wounded but
survived", "shot a clerk and was taken to a hospital, where he died" (the shooter dies).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.casualty_measures import later_death
from factcheck.extract.lexicon import (
    DEAD_STATE_WORDS,
    HOSPITAL_VERBS,
    LATER_DEATH_VERBS,
    MODAL_WORDS,
)

# how far up from the harm's word its clause's verb may sit ("with a gunshot wound": wound ->
# with -> found)
_CLAUSE_STEPS = 3
# dependencies by which a harm's word hangs below its clause's verb
_BELOW_VERB = frozenset({"pobj", "prep", "dobj", "oprd", "acomp", "amod", "compound", "npadvmod"})


def dies_later(predicate: Token) -> bool:
    """True if the clause of the harm ``predicate`` goes on to the same person's death."""
    verb = predicate
    for _ in range(_CLAUSE_STEPS):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in _BELOW_VERB:
            break
        verb = verb.head
    conjuncts = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
    ]
    if any(_says_death(c) for c in conjuncts):
        return True
    # "was shot and was taken to a hospital before he was pronounced dead", "was taken to a
    # hospital with a gunshot wound to the chest, where he died": a verb of care whose clause
    # goes on to the death; only where the hurt are the clause's subject (not "shot a woman and
    # was taken to a hospital, where he died": the shooter dies)
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.lemma_.lower() in HOSPITAL_VERBS and later_death(c) for c in [verb, *conjuncts])


def _says_death(verb: Token) -> bool:
    """ "died", "later died", "succumbed", "was pronounced dead", "did not survive"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in children):
        return False  # "and could die", "but may not survive"
    negated = any(c.dep_ == "neg" for c in children)
    lemma = verb.lemma_.lower()
    if lemma == "survive":
        # "but did not survive" (not "but did not survive the primary": nothing after it)
        return negated and not any(c.dep_ == "dobj" for c in children)
    if negated:
        return False  # "but did not die"
    if lemma == "die" or lemma in LATER_DEATH_VERBS:
        return True
    return lemma == "pronounce" and any(c.lower_ in DEAD_STATE_WORDS for c in children)
