"""The first of joined participles in a reduced relative clause (session 62, imp62). Pure.

"The family of a man shot and killed last week", "a clerk beaten and robbed", "a woman stabbed
and wounded outside a bar": the parse hangs the first participle on the noun (``acl``) and the
second on the first (``conj``), so the second, which says the measure ("killed": the first
gives way to it, ``casualty_measures.measure_of``), found no people and the count (gold README
"Implied counts": 1 killed, as "a man killed last week") was lost. The second participle counts
the noun the first hangs on. Not where the second has a subject or an auxiliary of its own ("a
man shot Friday and his wife was hurt": a clause of its own).
"""

from __future__ import annotations

from spacy.tokens import Token


def first_participle(verb: Token) -> Token:
    """The participle of a reduced relative that ``verb`` is joined to ("shot" of "a man shot
    and killed"), else ``verb`` itself."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD"):  # the tagger may say "VBD"
        return verb
    head = verb.head
    if head.dep_ != "acl" or head.tag_ not in ("VBN", "VBD"):
        return verb
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return verb
    return head
