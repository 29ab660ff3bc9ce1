"""A change of a count said beside it: "41,870 people landed ..., down almost 60% on the same
period last year" -> "people landed down". Pure.

A percentage hung on "up"/"down" that modifies the verb of a count's clause measures how that
count moved (gold README, "subject": what the figure measures): the count's subject, with the
direction (tests/wireb "down almost 60%" -> arrivals/down/fall; tests/wirek "nearly 1.4 million
Haitians are now displaced ..., up 11% since March" -> displaced/increase/rise). The count's
noun alone ("people", "Haitians") names who was counted, not the change. So does a count the
verb takes as its object (tests/wire2b "had carried out 112 kidnappings ..., up 31% from" ->
kidnappings/increase, tests/wire2d "recorded 1,531 crashes ..., up about 12%" ->
crashes/increase, tests/wirex "data show 28,450 migrants landed ..., down about 40%" ->
arrivals/down).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import PERCENT_WORDS, POINT_CHANGE_WORDS
from factcheck.model import Claim

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_COUNTED_DEPS = _SUBJECT_DEPS | {"dobj"}


def name_count_changes(figure_spans: Sequence[Span], claims: list[Claim]) -> list[Claim]:
    """The claims, a change of the count before it in its clause named by that count."""
    out = list(claims)
    for k in range(1, len(claims)):
        verb = _changed_verb(figure_spans[k])
        if verb is None or claims[k - 1].implied or not claims[k - 1].subject:
            continue
        before = figure_spans[k - 1]
        if before.sent != figure_spans[k].sent or not _counts_subject_of(before[-1], verb):
            continue
        direction = figure_spans[k][-1].head.lower_
        if direction not in claims[k - 1].subject.split():
            out[k] = replace(claims[k], subject=f"{claims[k - 1].subject} {direction}")
    return out


def _changed_verb(figure: Span) -> Token | None:
    """The verb "up 11%"/"down almost 60%" hangs on, or None."""
    unit = figure[-1]
    if unit.lower_ not in PERCENT_WORDS or unit.dep_ != "npadvmod":
        return None
    direction = unit.head
    if direction.lower_ not in POINT_CHANGE_WORDS or direction.dep_ != "advmod":
        return None
    verb = direction.head
    return verb if verb.pos_ == "VERB" else None


def _counts_subject_of(number: Token, verb: Token) -> bool:
    """True if ``number`` counts the subject or object of ``verb``: "38,200 people landed",
    "recorded 1,531 crashes"."""
    noun = number
    for _ in range(2):
        if noun.dep_ in ("nummod", "compound", "quantmod") and noun.head.i > noun.i:
            noun = noun.head
    return noun.dep_ in _COUNTED_DEPS and noun.head == verb
