"""A bare "one" that takes its place in a list of counts of people is a count (spans25). Pure.

"two victims were in serious condition, one was in fair condition, one was still being
assessed", "four were hurt by the car, 8 sustained gunshot wounds and one had a minor injury",
"two at the lodge, two at a store, one in the parking lot": the pronoun "one" stands for one
of the people the counts before it share out, so it counts one of them (realgold5,
realgold12, realgold19 golds). Not "one" with its own determiner, modifier or clause ("the
last one", "one that believes", "one for work"), not a speaker ("one said") or a gerund's
subject ("one being an infant"), not one of a pair ("one is 18, the other is 19"), and not
after counts of things ("two email addresses, one for ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    LIST_ONE_COUNT_DEPS,
    LIST_ONE_KIND_PREPS,
    LIST_ONE_ROLES,
    PERSON_NOUNS,
    REPORTING_VERBS,
)
from factcheck.extract.quantities import FigureParseError, parse_figure


def is_one_in_a_count_list(token: Token) -> bool:
    """True for a pronoun "one" after a count of two or more in its sentence."""
    if token.lower_ != "one" or token.dep_ not in LIST_ONE_ROLES:
        return False
    if any(
        c.dep_ in ("det", "amod", "poss", "compound", "relcl", "acl")
        or c.dep_ == "prep"
        and c.lower_ in LIST_ONE_KIND_PREPS
        for c in token.children
    ):
        return False  # "the last one", "one of them", "one that believes", "one for work"
    if token.head.lemma_.lower() in REPORTING_VERBS or token.head.tag_ == "VBG":
        return False  # "one said", "two deceased persons, one being an infant"
    sent = token.sent
    if any(
        t.lower_ == "other" and sent.doc[t.i - 1].lower_ == "the" for t in sent if t.i > token.i
    ):
        return False  # "one is 18, the other is 19": a pair told apart (``one_contrasts.py``)
    return any(_is_count(t) for t in sent if t.i < token.i)


def _is_count(token: Token) -> bool:
    """A cardinal of two or more that counts people: "two victims", "Four of them were hurt",
    "8 sustained wounds" (not "two email addresses", "two distinct camps")."""
    if not token.like_num or token.ent_type_ not in ("CARDINAL", ""):
        return False
    if token.dep_ not in LIST_ONE_COUNT_DEPS:
        return False
    if token.dep_ == "nummod" and token.head.lemma_.lower() not in PERSON_NOUNS:
        return False
    try:
        value = parse_figure(token.text).value
    except FigureParseError:
        return False
    return 2 <= value < 1000
