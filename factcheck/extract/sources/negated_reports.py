"""A reporting verb that is negated reports nothing: "police have not announced the condition of
the remaining four survivors", "They haven't disclosed what kind of gun was used to kill Lee",
"Three people have been confirmed dead, but police have not released the names of the other
two": what the speaker did not say is the writer's (gold source none, realgold5, realgold14);
not a negation inside what was said ("police said they did not find two guns"), whose verb is
another, nor a that-clause the parse hangs on the negated verb ("Lee never cited a source for
his claim that 250,000 refugees ...": the claim's words). A verb whose object is "nothing" or
"little" says nothing of what the object's phrase holds ("The governor said nothing about the
300 layoffs": what went unsaid is the writer's)."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import NEGATING_WORDS, UNSAID_OBJECTS


def says_nothing(verb: Token, below: Token | None = None) -> bool:
    """The reporting ``verb`` itself is negated ("did not say", "haven't disclosed", "would
    never confirm", "said nothing about" on the way from the figure), in its own words, and the figure's way up (``below``, the path's token
    under the verb, when the figure is under it) is no "that" clause of it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if below is not None and below.dep_ == "ccomp" and _opens_with_that(below):
        return False
    if below is not None and _unsaid(verb, below):
        return True  # "said nothing about the 300 layoffs", "said little about"
    return any(c.dep_ == "neg" or c.lower_ in NEGATING_WORDS for c in verb.lefts)


def _opens_with_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _unsaid(verb: Token, below: Token) -> bool:
    """The figure's way up is "nothing" as the verb's object, or an "about" phrase beside a
    "nothing"/"little" of the verb (the parse hangs "about" on either)."""
    if below.dep_ == "dobj" and below.lower_ in UNSAID_OBJECTS:
        return True
    if below.dep_ != "prep" or below.lower_ != "about":
        return False
    return any(
        c.lower_ in UNSAID_OBJECTS and c.dep_ in ("dobj", "advmod", "npadvmod")
        for c in verb.children
    )
