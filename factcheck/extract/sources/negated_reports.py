"""A reporting verb that is negated reports nothing: "police have not announced the condition of
the remaining four survivors", "They haven't disclosed what kind of gun was used to kill Lee",
"Three people have been confirmed dead, but police have not released the names of the other
two": what the speaker did not say is the writer's (gold source none, realgold5, realgold14);
not a negation inside what was said ("police said they did not find two guns"), whose verb is
another, nor a that-clause the parse hangs on the negated verb ("Lee never cited a source for
his claim that 250,000 refugees ...": the claim's words)."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import NEGATING_WORDS


def says_nothing(verb: Token, below: Token | None = None) -> bool:
    """The reporting ``verb`` itself is negated ("did not say", "haven't disclosed", "would
    never confirm"), in its own words, and the figure's way up (``below``, the path's token
    under the verb, when the figure is under it) is no "that" clause of it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if below is not None and below.dep_ == "ccomp" and _opens_with_that(below):
        return False
    return any(c.dep_ == "neg" or c.lower_ in NEGATING_WORDS for c in verb.lefts)


def _opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
