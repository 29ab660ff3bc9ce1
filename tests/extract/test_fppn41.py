"""fppn41 (session 33): a sentence-opening "One" the parse does not make a clause's subject
(a label before a colon, a headline fragment, a subject named in apposition) picks one thing
out, as "One tunnel was dug" does. Invented texts.

Gold README, not-claims: idioms; the tuning golds write such openers "determiner (one meaning
'a')". A sentence that tells of a casualty, an arrest or care keeps its "One" a count.
"""

from __future__ import annotations

import pytest

from tests.conftest import claim_mentions, claims_of, mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "One lesson: voters reward the candidate who shows up in person.",
        "One striking pattern: rural counties swung harder than the suburbs did.",
        "One tax that the governor seems to like more than her party does.",
        # (another figure in the sentence makes the article reading of "One" fail elsewhere)
        "One senator, Ann Whitfield, raised by farmers in the north, bounces between two worlds.",
        '"One mayor, Tom Brandt, backed by the unions, has served three terms," she said.',
    ],
)
def test_one_opening_a_label_or_example_is_not_a_claim(nlp, text):
    assert "One" not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a casualty, an arrest or care in the sentence keeps the count
        "One man, Joe Ruiz, was shot in the leg outside the store.",
        "One driver, Lena Ortiz, was arrested at the scene.",
        # a counted person
        "One victim: a 30-year-old woman from the east side.",
        # a figure in the apposition: part of a tally
        "One adult, two children and a dog were found in the house.",
    ],
)
def test_one_opening_a_count_stays_a_claim(nlp, text):
    assert "One" in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 300 U.S. troops will stay in the country through the spring.", "About 300"),
        ("The party says 41,250 U.S. citizens living abroad cast ballots.", "41,250"),
        ("Guam is one of five U.S. territories that hold a caucus.", "five"),
        ("Only 12 U.K. firms bid on the contract.", "12"),
    ],
)
def test_a_country_abbreviation_is_no_unit_of_the_figure(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        (
            "Savers are earning one-eighth of 1 percent on deposits.",
            "one-eighth of 1 percent",
            0.125,
        ),
        ("Only one-fourth of the precincts had reported by midnight.", "one-fourth", 0.25),
        ("Three-fourths say the board should publish its minutes.", "Three-fourths", 0.75),
        ("As many as three-fourths of them oppose the levy.", "As many as three-fourths", 0.75),
        ("Nearly seven-eighths of the budget goes to salaries.", "Nearly seven-eighths", 0.875),
    ],
)
def test_fourths_and_eighths_glued_to_a_number_are_shares(nlp, text, figure, value):
    assert claim_mentions(nlp, text)[figure] is not None
    assert [c.value for c in claims_of(nlp, text) if c.text == figure] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "A fourth candidate entered the race on Friday.",
        "The town held its Fourth of July parade downtown.",
        "She finished fourth of the eight runners.",
    ],
)
def test_a_fourth_or_eighth_alone_is_no_share(nlp, text):
    assert not [c for c in claims_of(nlp, text) if "ourth" in c.text or "ighth" in c.text]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Going into the primary, Ortiz held a 31-delegate advantage.", "31-delegate"),
        ("Democrats hold a 52-person majority in the 99-seat chamber.", "52-person"),
        ("The coalition kept a 12-seat majority after the recount.", "12-seat"),
        ("She won the runoff by a 40-vote margin.", "40-vote"),
    ],
)
def test_a_counted_margin_is_a_figure(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The council approved a two-year delay of the tax.", "two"),
        ("There was a three-month gap between the two audits.", "three"),
        ("Democrats hold a 52-person majority in the 99-seat chamber.", "99"),
        ("He unveiled a 10-page plan for the schools.", "10"),
        ("Amending the charter needs a two-thirds majority of the council.", "two"),
    ],
)
def test_descriptors_that_are_no_margin_stay_not_claims(nlp, text, number):
    assert not [t for t in mention_texts(nlp, text) if t.startswith(number)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("But six minutes into the rally, a protester was led away.", "six minutes"),
        ("The mayor said it was calm 30 minutes into the hearing.", "30 minutes"),
        ("The storm hit nine months into her first term.", "nine months"),
    ],
)
def test_a_span_into_an_event_only_places_it(nlp, text, span):
    assert span not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She has worked on the line for 14 years.", "14 years"),
        ("The radar reaches about 10 feet into the ground.", "about 10 feet"),
    ],
)
def test_durations_and_distances_into_stay_claims(nlp, text, span):
    assert span in mention_texts(nlp, text)
