""" "One" that counts where its idiom words stand beside it: "in one day", "by one point", "more
than one time", and the "one" that stands for a counted noun ("Cruz won three states and Rubio
won one"). Pure.

The idiom test (``one_idioms.is_one_idiom``) drops "one" before "day", "point" and "time"
("one day he will", "at one point", "at one time") and a "one" that modifies no noun ("one of
the largest", "the one that"). Two shapes of those words are counts all the same:

- a measure: "In one day, we raised $18,000" is the window a figure is measured over, "for one
  day" how long something lasted (gold README, spans of time that assert something; conventions,
  "Spans of time": the window a figure is measured over); "trails by one point", "within one
  point" is a margin (conventions: margins are claims); "more than one time" is a count of times,
  as "twice" is. The idiom readings keep their own words: "at one point", "one day" as an
  adverb, "one day after the vote" (a span that places an event, read first by the date rules).
- an ellipsis: a bare "one" that closes a clause whose sentence counted the same things with
  another figure ("won three states and Rubio won one", "leads in two of the polls and Clinton
  in one") is the count of one of them, as the other figure is. Not a partition ("two
  addresses, one for work"), which a word follows, nor a pronoun picked out by a determiner
  ("the one", "a big one"), nor "one" with no figure before it ("applied for one").
- a person with "only" or "exactly": "Only one woman has served as mayor" says how many, where
  "One woman laid flowers" picks a person out (``one_examples.is_one_person_acting``). Not "at
  least one person in the chain", which the golds write as a criterion (realgold gold, 1 of 1).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    ONE_BOUND_WORDS,
    ONE_COUNT_BOUNDS,
    ONE_ELLIPSIS_HEADS,
    ONE_MEASURE_PREPS,
    ONE_POINT_VERBS,
)
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number
from factcheck.extract.year_numbers import is_year_number


def is_one_measure(token: Token) -> bool:
    """True if "one" before "day", "point" or "time" measures: "in one day", "for just one day",
    "by one point", "gained one point", "more than one time" (not "at one point", "one day")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or token.lower_ != "one":
        return False
    unit = doc[token.i + 1].lower_
    before = _word_before_bounds(token)
    if before is None:
        return False
    word = before.lower_
    if unit == "day":
        return word in ONE_MEASURE_PREPS
    if unit == "point":
        return word in ("by", "within", "than") or _point_of_a_change(doc[token.i + 1])
    if unit == "time":
        return word == "than"  # "more than one time"; "only one time" is a bounded one
    return False


def _word_before_bounds(token: Token) -> Token | None:
    """The word before "one" and the bounds between ("in just one day": "in")."""
    doc = token.doc
    k = token.i - 1
    while k >= token.sent.start and doc[k].lower_ in ONE_COUNT_BOUNDS:
        k -= 1
    return doc[k] if k >= token.sent.start else None


def _point_of_a_change(point: Token) -> bool:
    """ "gained one point", "slipped one point": the points a verb of change moves by."""
    head = point.head
    return (
        point.dep_ in ("dobj", "npadvmod")
        and head.pos_ == "VERB"
        and head.lemma_.lower() in ONE_POINT_VERBS
    )


def is_one_for_a_counted_noun(token: Token) -> bool:
    """True if a bare "one" that ends its clause stands for a noun the sentence counts with
    another figure: "Cruz won three states and Rubio won one", "two of the polls and Clinton in
    one" (not "two addresses, one for work", "the one", "applied for one")."""
    doc = token.doc
    if token.lower_ != "one" or token.dep_ == "nummod" or list(token.children):
        return False
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and not nxt.is_punct and nxt.i < token.sent.end:
        return False  # "one for work", "one of them", "one that came after"
    before = _word_before_bounds(token)
    if before is None or not (
        before.pos_ in ("VERB", "AUX")
        and before.lemma_.lower() in ONE_ELLIPSIS_HEADS
        or before.lower_ == "in"
    ):
        return False  # "the one", "a big one", "for one": a pronoun, not a count
    return any(_counts_things(word) for word in doc[token.sent.start : token.i])


def _counts_things(word: Token) -> bool:
    """A figure counting things earlier in the sentence: "three states", "two of the polls"."""
    if not (is_numeral(word) or is_spelled_number(word)) or is_year_number(word.text):
        return False
    if word.dep_ == "nummod":
        return word.head.pos_ == "NOUN" and word.head.tag_ == "NNS"
    return any(child.lower_ == "of" for child in word.children)


def is_only_one(doc: Doc, start: int) -> bool:
    """True if the "one" at ``start`` follows "only" or "exactly" with no determiner before
    them: "Only one woman has served" (not "the only one woman", "at least one person")."""
    if start < 1 or doc[start - 1].lower_ not in ONE_BOUND_WORDS:
        return False
    before = doc[start - 2] if start >= 2 else None
    return before is None or not (before.pos_ == "DET" or before.tag_ == "PRP$")
