"""Explicit figures on real news: near qualifiers, examples, bare re-mentions, years before a
thing, age ranges (session 18, branch spans19). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.model import Approx
from tests.conftest import find_mention, mention_texts


@pytest.mark.parametrize(
    ("text", "figure", "span", "approx"),
    [
        (
            "Just under 80 percent of members voted yes.",
            "80",
            "Just under 80 percent",
            Approx.UPPER_BOUND,
        ),
        (
            "Just over a third, 34 percent, backed the plan.",
            "third",
            "Just over a third",
            Approx.LOWER_BOUND,
        ),
        (
            "The group plans to spend upward of $4 million on ads.",
            "$4 million",
            "upward of $4 million",
            Approx.LOWER_BOUND,
        ),
        (
            "Turnout should land north of 20 million this year.",
            "20 million",
            "north of 20 million",
            Approx.LOWER_BOUND,
        ),
        (
            "His support has hovered near 15 percent for weeks.",
            "15",
            "near 15 percent",
            Approx.APPROXIMATE,
        ),
        # negatives: the plain qualifiers keep their meaning
        (
            "The vote drew about 80 percent of members.",
            "80",
            "about 80 percent",
            Approx.APPROXIMATE,
        ),
        (
            "The firm spent over $4 million on ads.",
            "$4 million",
            "over $4 million",
            Approx.LOWER_BOUND,
        ),
    ],
)
def test_near_qualifiers_keep_their_direction(nlp, text, figure, span, approx):
    doc, mention = find_mention(nlp, text, figure)
    assert mention.span(doc).text == span
    assert mention.approx is approx


@pytest.mark.parametrize(
    ("text", "number", "is_claim"),
    [
        ("In one odd episode, the mayor locked his own office.", "one", False),
        ('"In one short memo, she laid out the plan," he said.', "one", False),
        # negatives: a unit of time after it, or no sentence-opening "In"
        ("In one week, the campaign raised $40,000.", "one week", True),
        # fps36: a bare mid-sentence "in one county" is the article "a" (indefinite_one.py);
        # "only" makes it a count
        ("She filed the papers in only one county.", "one", True),
    ],
)
def test_sentence_opening_in_one_picks_an_example(nlp, text, number, is_claim):
    assert number in mention_texts(nlp, text, claims=is_claim)


@pytest.mark.parametrize(
    ("text", "number", "is_claim"),
    [
        ("Officers said the two had argued for years.", "two", False),
        ("Nobody knows how the three met, a neighbor said.", "three", False),
        ("She saw no real gap between the two.", "two", False),
        # negatives: a noun of its own, a casualty, no determiner
        ("Officers said the two men had argued for years.", "two", True),
        ("Police said the two were shot near the bridge.", "two", True),
        ("Of the 12 seats, the party won eight.", "eight", True),
    ],
)
def test_bare_number_after_the_names_again_what_was_named(nlp, text, number, is_claim):
    assert number in mention_texts(nlp, text, claims=is_claim)


@pytest.mark.parametrize(
    ("text", "number", "is_claim"),
    [
        ('He was a stagehand on 2014 musical "Blue Harbor."', "2014", False),
        ("The ad attacked 2008 Democratic nominee Ann Cole.", "2008", False),
        # negatives: things in the plural, money
        ("A survey of 2047 registered voters found a tie.", "2047", True),
        ("The judge set a $2000 fine for the owner.", "$2000", True),
    ],
)
def test_year_before_one_thing_names_its_year(nlp, text, number, is_claim):
    assert number in mention_texts(nlp, text, claims=is_claim)


@pytest.mark.parametrize(
    ("text", "number", "is_claim"),
    [
        ("She led by 9 points among voters ages 18 to 29.", "29", False),
        ("The girls ranged in age from 6 to 13, police said.", "6", False),
        ("The girls ranged in age from 6 to 13, police said.", "13", False),
        ("A poll of 18-to-29-year-olds found deep worry.", "18", False),
        # negative: a range of something else
        ("Its lead ran 18 to 29 points all year.", "18 to 29 points", True),
    ],
)
def test_both_ends_of_an_age_range_are_ages(nlp, text, number, is_claim):
    assert number in mention_texts(nlp, text, claims=is_claim)
