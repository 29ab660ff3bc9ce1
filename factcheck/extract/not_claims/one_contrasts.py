"""One of a pair set against the other: "including one PAC called Stop Hillary and another
affiliated with Citizens United", "we put one foot in front of the other" (issue 11). Pure.

"one" before a noun that a later "another" or "the other" in its sentence pairs with picks out
one of two things to talk about; it counts nothing checkable (gold README: idioms; realgold3,
realgold8, realgold12, realgold14, realgold19 golds write "one ... another", "one ... the
other" as a pronoun, not a count). A casualty said of each ("two women - one dead, the other
hurt") is still counted, and so are people ("one victim was taken to X and another to Y").

"another" need not follow a joiner: a parallel clause sets the other of the pair against the
first ("a new high in one survey while holding his lead in another", "tell one group one thing
and tell another group another thing", "to do one job, and instead campaign for another job";
realgold4 gold: "pronoun ('one ... another'), not a count"). There "another" must stand alone
or name the same kind of thing ("another group" after "one group"), so "one state ... another
candidate" is no pair; "one another" is reciprocal, and "another 12" adds a count.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.dependents import bare_one_noun
from factcheck.extract.lexicon import ONE_CONTRAST_JOINERS, PERSON_NOUNS

_REACH = 12  # tokens after the noun in which the other of the pair is named


def is_one_of_a_contrast(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "one" of "one PAC ... and another"."""
    noun = bare_one_noun(doc, start, end)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    token = doc[start]
    if noun.lemma_.lower() in PERSON_NOUNS:
        return False  # "one victim was taken to X and another to Y": people are counted
    sent_end = token.sent.end
    for k in range(noun.i + 1, min(noun.i + 1 + _REACH, sent_end)):
        word = doc[k]
        if word.lower_ == "another" and doc[k - 1].lower_ in ONE_CONTRAST_JOINERS:
            return True  # "one PAC called X and another affiliated with Y"
        if word.lower_ == "another" and _the_other_of_the_pair(word, noun):
            return True  # "in one survey while holding his lead in another"
        if word.lower_ == "other" and doc[k - 1].lower_ == "the":
            return True  # "one foot in front of the other"
    return False


def _the_other_of_the_pair(another: Token, noun: Token) -> bool:
    """ "another" standing alone ("in another.") or before the noun of "one" again ("one job
    ... another job"); not "one another", nor "another 12" (an added count), nor "another
    candidate" after "one state" (a different kind of thing)."""
    doc = another.doc
    if doc[another.i - 1].lower_ == "one":
        return False  # "they blamed one another"
    after = doc[another.i + 1] if another.i + 1 < len(doc) else None
    if after is not None and after.like_num:
        return False  # "one dead and another 12 hurt"
    if another.dep_ == "det" and another.head.i > another.i:
        return another.head.lemma_.lower() == noun.lemma_.lower()
    return True
