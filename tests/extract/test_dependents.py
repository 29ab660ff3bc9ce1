"""The shared parse lookups (dependents.py): the objects of a verb's preposition, the noun a
bare "one" counts, a word set off by a comma or the sentence start, and the verb of a figure's
clause. Real parses of invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.dependents import bare_one_noun, clause_verb, is_set_off, prep_objects


def _verb(doc, lemma: str):
    return next(t for t in doc if t.lemma_ == lemma)


@pytest.mark.parametrize(
    ("text", "lemma", "preposition", "objects"),
    [
        ("The man succumbed to his injuries on Sunday.", "succumb", "to", ["injuries"]),
        ("She was released from the hospital on Friday.", "release", "from", ["hospital"]),
        # another preposition of the same verb is not asked for
        ("She was released from the hospital on Friday.", "release", "on", ["Friday"]),
        ("She was released from the hospital on Friday.", "release", "to", []),
        # a preposition of another word is not the verb's
        ("He succumbed after a long fight with cancer.", "succumb", "with", []),
    ],
)
def test_prep_objects_are_the_objects_of_that_preposition_of_the_verb(
    nlp, text, lemma, preposition, objects
):
    doc = nlp(text)
    found = prep_objects(_verb(doc, lemma), preposition)
    assert [t.text for t in found] == objects


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("According to one research firm, sales fell.", "firm"),
        ("One PAC called the ad false.", "PAC"),
        # "one" that counts no noun after it
        ("He was the only one who stayed.", None),
        ("Sales rose by one in March.", None),
        # a longer number is no bare "one"
        ("One hundred people came.", None),
    ],
)
def test_bare_one_noun_is_the_noun_a_lone_one_modifies(nlp, text, noun):
    doc = nlp(text)
    start = next(t.i for t in doc if t.lower_ == "one")
    found = bare_one_noun(doc, start, start + 1)
    assert (found.text if found is not None else None) == noun


@pytest.mark.parametrize(
    ("text", "word", "set_off"),
    [
        ("Per police, four people were wounded.", "Per", True),
        ("The program cost $3 billion, per the Treasury.", "per", True),
        ("Fourteen were killed, by the group's count.", "by", True),
        # inside the figure's words, not set off
        ("Diesel sold for $4 per gallon.", "per", False),
        ("The bill passed by a count of 52 to 48.", "by", False),
    ],
)
def test_is_set_off_means_opening_the_sentence_or_following_a_comma(nlp, text, word, set_off):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert is_set_off(token) is set_off


@pytest.mark.parametrize(
    ("text", "figure", "verb"),
    [
        ("Using two phones was a mistake.", "two", "Using"),
        ("The council approved 12 new parks on Monday.", "12", "approved"),
        # the nearest verb, not the one that reports it
        ("Lee said the town hired 40 teachers.", "40", "hired"),
    ],
)
def test_clause_verb_is_the_nearest_verb_above_the_figure(nlp, text, figure, verb):
    doc = nlp(text)
    number = next(t for t in doc if t.text == figure)
    found = clause_verb(number)
    assert found is not None and found.text == verb


def test_a_figure_under_no_verb_has_no_clause_verb(nlp):
    doc = nlp("Twelve new parks.")
    assert clause_verb(doc[0]) is None
