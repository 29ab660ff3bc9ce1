""" "Believe in" is trust, not a belief about a figure.

The gold README hedges a figure that is a belief ("believed to", docs/gold-conventions.md
"Forecasts and beliefs" (a): what a belief verb's clause says). "Believe in" something or
someone ("backed her twice, so plainly believed in her judgment", "Everybody believes in the
Convention until ...") trusts it and believes no clause: the figure beside it is asserted, not
believed (realgold48 gold: "backed her twice" not hedged; "believe in" on eight more PolNeAR
articles of the allowed set, session 64). A time after "in" still frames a belief ("I believe
in ten years we will have 2,000 members": the parse may hang the clause elsewhere), and so does
"in" before a clause the verb goes on to ("believe in the end that 40 will switch").

*Invented example.* "Voters backed her three times, so they plainly believed in her plan" ->
"three times" not hedged; "Aides believe 40 delegates will switch" -> hedged.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import BELIEF_VERBS, TRUST_PREPS


def believes_in(verb: Token, number: Token) -> bool:
    """True if ``verb`` is a belief verb with an "in" of trust that the figure is not in."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BELIEF_VERBS:
        return False
    if any(c.dep_ == "ccomp" and c.i > verb.i and number in c.subtree for c in verb.children):
        return False  # "believe in the end that 40 will switch": the clause is believed
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in TRUST_PREPS or number in prep.subtree:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and not any(_a_time(o) for o in objects):
            return True
    return False


def _a_time(noun: Token) -> bool:
    """ "in ten years", "in 2020", "in May": a time or a number, not what is trusted."""
    if noun.like_num or noun.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return True
    return any(c.dep_ == "nummod" for c in noun.children)
