"""Spans on real news, session 22 (branch spans24). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions.quantities import parse_figure
from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Filings show that a trio of donor groups have spent $2 million on ads.", "a trio", 3),
        ("The board backed a quartet of local charities that work with veterans.", "a quartet", 4),
        ("The governor signed a pair of related bills on Tuesday.", "a pair", 2),
        ("A coalition of a trio of pro-union super PACs bought airtime.", "a trio", 3),
    ],
)
def test_a_group_word_of_a_set_size_before_its_members_counts_them(nlp, text, figure, value):
    assert figure in mention_texts(nlp, text)
    assert parse_figure(figure).value == value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The pair fled the scene in a gray sedan.", "pair"),
        ("Police said the trio was arrested later that night.", "trio"),
        ("She bought a pair of new shoes for the trip.", "pair"),
    ],
)
def test_a_group_word_named_again_or_of_one_thing_is_no_figure(nlp, text, word):
    assert not any(word in m for m in mention_texts(nlp, text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The word 'budget' was spoken once, by the mayor.", "once"),
        ("The man was shot once in the leg and taken to a hospital.", "once"),
        ("She is accused of striking her husband and son once each with a bat.", "once"),
    ],
)
def test_once_after_the_verb_it_counts_is_a_count_of_one_time(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor once worked at the mill.",
        "Once the votes are counted, the board will meet.",
        "The council voted once again to delay the plan.",
        "They all left at once.",
        "We see him every once in a while.",
        "He said once an arrest is made, charges will follow.",
    ],
)
def test_once_meaning_formerly_or_as_soon_as_or_in_an_idiom_is_no_figure(nlp, text):
    assert not any("once" in m.lower() for m in mention_texts(nlp, text))


def test_a_counted_once_measures_how_often_its_verb_happened(nlp):
    from factcheck.extract.claims import extract_claims

    text = "The word 'budget' was spoken once, by the mayor."
    claims = extract_claims(nlp(text), doc_name="x", text=text).claims
    once = next(c for c in claims if c.text == "once")
    assert once.value == 1
    assert "times" in once.subject


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("4 People Found Shot To Death Inside Truck In Queens; Police Seek Driver", "4"),
        ("Five people found dead in a farmhouse near the river", "Five"),
        ("About 40 officers from three towns responded to the scene within minutes.", "About 40"),
    ],
)
def test_find_or_respond_with_no_clause_is_an_act_whose_people_are_counted(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two officers responded that the door had been forced.", "Two"),
        ("Three people familiar with the talks said a deal was near.", "Three"),
    ],
)
def test_find_or_respond_with_a_clause_still_counts_the_sources(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)
