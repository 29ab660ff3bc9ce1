"""A survival said as luck: "A man was lucky to survive the shooting", "The boy is fortunate to
be alive after being shot" (impl56b). Pure.

"survived the shooting" is 1 injured (the verb's subject; gold README "Implied counts", care.py
"All four were expected to survive"), but under "lucky to" the parse makes "survive" the
adjective's complement, so the verb has no subject of its own; the person is the subject of the
"was" the adjective hangs on. Read only where the sentence or the one before tells of harm
(``casualty_context.casualty_told`` with HARM_CONTEXT_WORDS), so "The firm was lucky to survive
the recession", "lucky to be alive after the crash" count no one (a vehicle strike counts no
one: gold-conventions).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.casualty_context import casualty_told
from factcheck.extract.implied.hurt_people import subject_people
from factcheck.extract.lexicon import ALIVE_STATES, HARM_CONTEXT_WORDS, LUCKY_ADJECTIVES


def lucky_survivors(adjective: Token) -> list[Token]:
    """The people ``adjective`` ("lucky", "fortunate") says were lucky to survive or to be
    alive, with harm told around them; else empty."""
    if adjective.lower_ not in LUCKY_ADJECTIVES or adjective.dep_ != "acomp":
        return []
    if any(c.dep_ == "neg" for c in adjective.head.children):
        return []  # "was not lucky to survive"
    if not any(_survives(c) for c in adjective.children if c.dep_ == "xcomp"):
        return []
    if not casualty_told(adjective, HARM_CONTEXT_WORDS):
        return []
    return subject_people(adjective.head)


def _survives(complement: Token) -> bool:
    """ "to survive", "to be alive"."""
    lemma = complement.lemma_.lower()
    if lemma == "survive":
        return True
    return lemma == "be" and any(
        c.dep_ == "acomp" and c.lower_ in ALIVE_STATES for c in complement.children
    )
