""" "At least one of the victims", "only one of the 168 members", "at most one": a bound put on
"one" makes it a count, however much the "one" reads as a pronoun. Pure.

The idiom test (``one_idioms.is_one_idiom``) drops a "one" that modifies no noun ("one of the
largest", "one of them said"): "one" as a pronoun counts nothing (gold README, not-claims:
idioms). A bound changes that: "at least one of the victims is related to the suspect" says how
many, at least, and "only one of the 168 members backs him" is a share of a counted whole; both
are checkable figures (README, "Span": "at least" and the like are the figure's qualifier).
The tuning golds annotate every bounded "one of" as a claim (3 of 3: "at least one of" twice,
"only one of the 168" once) and no bounded one as a pronoun or idiom.

A determiner before the bound keeps the pronoun: "the only one who", "her only one" pick out a
person, they do not count. A superlative after "of" keeps the idiom: "only one of the best"
ranks, it does not count. So does a predicate or a vague whole: "it is only one of the reasons",
"he is only one of many voices" mean "merely one" (rhetorical, not a count).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import ONE_BOUND_PAIRS, ONE_BOUND_VAGUE_WHOLES, ONE_BOUND_WORDS

_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})


def is_bounded_one(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are a lone "one" right after a bound: "at least one",
    "at most one", "only one", "exactly one" (not "the only one", not "only one of the best")."""
    if end - start != 1 or doc[start].lower_ != "one" or start < 1:
        return False
    bound = doc[start - 1]
    before = doc[start - 2] if start >= 2 else None
    if bound.lower_ in ONE_BOUND_PAIRS:
        if before is None or before.lower_ != ONE_BOUND_PAIRS[bound.lower_]:
            return False
    elif bound.lower_ in ONE_BOUND_WORDS:
        if before is not None and (before.pos_ == "DET" or before.tag_ == "PRP$"):
            return False  # "the only one", "his only one": a person picked out
    else:
        return False
    if doc[start].dep_ == "attr":
        return False  # "it is only one of the reasons": merely one, a predicate
    return not (_before_a_superlative(doc, end) or _of_a_vague_whole(doc, end))


def _before_a_superlative(doc: Doc, end: int) -> bool:
    """ "only one of the best", "one of the most gifted": a rank, not a count."""
    for token in doc[end : min(end + 4, len(doc))]:
        if token.tag_ in _SUPERLATIVE_TAGS:
            return True
        if token.is_punct:
            return False
    return False


def _of_a_vague_whole(doc: Doc, end: int) -> bool:
    """ "only one of many voices", "one of several problems": merely one, not a count."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    return doc[end + 1].lower_ in ONE_BOUND_VAGUE_WHOLES
