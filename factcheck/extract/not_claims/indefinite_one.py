""" "One" that means "a": "according to one research firm", "in one case", "for one Florida
congressional candidate", "one evening in the 1960s", "is one example", "one user commented".
Pure.

Before a singular noun, "one" is often the indefinite article with stress, not a count: it
picks out a thing to talk about, and nothing in the sentence asks how many there are (gold
README, not-claims: idioms; tuning golds write it "determiner (one meaning 'a')", "article use
('one small subset'), not a count", "indefinite 'one' (not a count)"). It is read as a count,
and kept, where the sentence does count:

- a word limits it: "only one", "just one", "at least one", "not one", "a single";
- another figure stands beside it, so it is part of a tally ("one vote for Rubio, 13 for
  Cruz", "seven panels and one commission");
- it is a share or rate ("for every Syrian sent back, the EU will resettle one refugee", "each
  coin flip resulted in one delegate");
- it is a difference ("one state closer", "one delegate away", "one less vote");
- the sentence tells of a casualty, a finding, care or an arrest, or names a shooting or a
  killing (crime news counts its people and its events: "One bullet struck his daughter"), or
  tells of what is left ("one naysayer remained", "leaves the court with one judge");
- it is a margin ("the bill failed by one vote", "lost by one seat");
- the noun is a span of time ("In one day, we raised $18,000" measures a window), or a
  person of local news ("I saw one guy laid out", "one man", "one victim").

Only the noun's positions where the article reading is the rule are taken: the object of a
preposition, a subject, a predicate ("is one reason"), a time adverbial ("one night in
June"); an object ("resettle one refugee", "faces one count") is more often counted and is
left alone, unless it is a thing said or thought ("had one message for voters", "tells one
joke", "offered one explanation": ``ONE_SAID_THING_NOUNS``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.dependents import bare_one_noun
from factcheck.extract.lexicon import (
    APPROXIMATE_QUALIFIERS,
    CASUALTY_VERBS,
    INDEFINITE_ONE_DIFFERENCES,
    INDEFINITE_ONE_DISTRIBUTIVES,
    INDEFINITE_ONE_LEFT_VERBS,
    INDEFINITE_ONE_LIMITERS,
    INDEFINITE_ONE_NOUN_DEPS,
    INDEFINITE_ONE_PEOPLE,
    LOWER_BOUND_QUALIFIERS,
    MARGIN_VERBS,
    MULTIPLE_EVENT_NOUNS,
    NOMINAL_EVENTS,
    ONE_DAY_PART_STAY_VERBS,
    ONE_DAY_PARTS,
    ONE_KEPT_VERBS,
    ONE_MARGIN_UNITS,
    ONE_MARGIN_VERBS,
    ONE_SAID_THING_NOUNS,
    RE_MENTION_CASUALTY_VERBS,
    TIME_UNITS,
    UPPER_BOUND_QUALIFIERS,
)
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number
from factcheck.extract.year_numbers import is_year_number

# the gold README's qualifiers ("about", "at least", "as much as", "up to"): a figure's words
_QUALIFIERS = APPROXIMATE_QUALIFIERS | LOWER_BOUND_QUALIFIERS | UPPER_BOUND_QUALIFIERS
_LONGEST_QUALIFIER = max(len(q) for q in _QUALIFIERS)

# how far after the noun a difference may come: "one state (South Carolina) closer"
_DIFFERENCE_REACH = 6


def is_indefinite_one(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are a bare "one" used as the article "a"."""
    noun = bare_one_noun(doc, start, end)
    if noun is None or noun.tag_ not in ("NN", "NNP"):
        return False
    one = doc[start]
    lemma = noun.lemma_.lower()
    if noun.dep_ not in INDEFINITE_ONE_NOUN_DEPS and not (
        noun.dep_ == "dobj" and lemma in ONE_SAID_THING_NOUNS
    ):
        return False
    if lemma in TIME_UNITS or lemma in INDEFINITE_ONE_PEOPLE:
        return False
    if _sets_the_scene(noun):
        return not _limited(one)
    return not (_limited(one) or _counts_in_its_sentence(one, noun))


def _sets_the_scene(noun: Token) -> bool:
    """ "One recent afternoon, two volunteers were ...", "one chilly night this July", "Flying
    home one night": a part of the day as the time adverbial of its clause says when, whatever
    else the sentence counts; not a stay ("spent one night in jail")."""
    return (
        noun.lemma_.lower() in ONE_DAY_PARTS
        and noun.dep_ == "npadvmod"
        and noun.head.lemma_.lower() not in ONE_DAY_PART_STAY_VERBS
    )


def _limited(one: Token) -> bool:
    """ "only one", "just one", "not one", "a single one", or a qualifier of the gold README
    ("at least one", "as much as one gallon", "about one"): a count."""
    doc = one.doc
    if any(c.lower_ in INDEFINITE_ONE_LIMITERS for c in one.children):
        return True
    first = max(one.sent.start, one.i - _LONGEST_QUALIFIER)
    before = tuple(doc[k].lower_ for k in range(first, one.i))
    if any(w in INDEFINITE_ONE_LIMITERS for w in before[-2:]):
        return True
    return any(before[len(before) - len(q) :] == q for q in _QUALIFIERS if len(q) <= len(before))


def _counts_in_its_sentence(one: Token, noun: Token) -> bool:
    """Another figure, a rate, a difference, a casualty or what is left: the sentence counts."""
    doc = one.doc
    sent = one.sent
    for t in sent:
        if t.i == one.i:
            continue
        word = t.lower_
        if _is_other_figure(t) or word in INDEFINITE_ONE_DISTRIBUTIVES:
            return True
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") and (
            lemma in CASUALTY_VERBS or lemma in RE_MENTION_CASUALTY_VERBS or lemma in ONE_KEPT_VERBS
        ):
            return True  # "One bullet struck his daughter", "one was taken to a hospital"
        if t.pos_ == "NOUN" and (lemma in NOMINAL_EVENTS or lemma in MULTIPLE_EVENT_NOUNS):
            return True  # "crime scenes in connection to one shooting"
    if _governing_verb(noun).lemma_.lower() in INDEFINITE_ONE_LEFT_VERBS:
        return True
    if _is_margin(noun):
        return True  # "the bill failed by one vote"
    after = doc[noun.i + 1 : min(noun.i + 1 + _DIFFERENCE_REACH, sent.end)]
    if any(t.lower_ in INDEFINITE_ONE_DIFFERENCES for t in after):
        return True
    return any(doc[k].lower_ in INDEFINITE_ONE_DIFFERENCES for k in range(one.i + 1, noun.i))


def _is_margin(noun: Token) -> bool:
    """ "failed by one vote", "lost the race by one seat", "a margin of one vote": the "by" of a
    vote's or a race's verb, or "margin of", gives its margin in votes or seats, a count (not
    "followed by one speech", not "was rejected by one judge")."""
    by = noun.head
    if noun.lemma_.lower() not in ONE_MARGIN_UNITS:
        return False  # "was rejected by one judge": the doer, not a margin
    if by.lower_ == "of" and by.head.lemma_.lower() == "margin":
        return True  # "passed by a margin of one vote": a margin however it was reached
    if by.lower_ != "by" or by.dep_ not in ("prep", "agent"):
        return False
    lemma = by.head.lemma_.lower()
    return lemma in MARGIN_VERBS or lemma in ONE_MARGIN_VERBS


def _governing_verb(noun: Token) -> Token:
    """The word the noun hangs on, through a preposition: "leaves the court with one judge"."""
    head = noun.head
    return head.head if head.dep_ == "prep" else head


def _is_other_figure(token: Token) -> bool:
    """A cardinal that is not another "one", a year, a date or a time: part of a tally."""
    if token.lower_ == "one" or not (is_numeral(token) or is_spelled_number(token)):
        return False  # "thousands of voters in one state" tallies nothing
    if token.ent_type_ in ("DATE", "TIME", "ORDINAL"):
        return False
    return not is_year_number(token.text.replace(",", ""))
