"""fp39 (session 31): a year before the plural noun it dates, "one" before a part of the day
that tells when, a zero that only says "none at all", and a bare fraction that is the
subject of a stance. Invented texts.

Gold README, not-claims: years and dates, idioms. The tuning golds hold every year-shaped
number before a plural noun as a not-claim "year" ("93 percent of 2012 voters"), "one" meaning
"a" as a determiner, and "zero communication skills" as an idiom; and the README makes "a
third", "two-thirds" a share.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Several governors are already eyeing 2028 campaigns of their own.", "2028"),
        ("Turnout fell short of 2018 levels in every county.", "2018"),
        ("Nearly 80 percent of 2020 voters in the county were over 40.", "2020"),
        ("The ad quotes 2019 comments from the mayor about the budget.", "2019"),
        ("She is the best known of the Democratic 2024 hopefuls.", "2024"),
        ("The report compares this year's totals with 2016 numbers.", "2016"),
    ],
)
def test_year_before_a_plural_noun_is_not_a_claim(nlp, text, year):
    assert year not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a qualifier, a limiter or a currency makes it a count or an amount
        ("About 1950 protesters marched to the capitol.", "About 1950"),
        ("The rally drew only 2000 people, organizers said.", "2000"),
        ("The city collected $2000 fines from the two firms.", "$2000"),
        # a unit of measure after it
        ("The convoy drove 2000 miles in a week.", "2000 miles"),
        # a number below the years read as such stays a count
        ("Police said 1500 protesters marched downtown.", "1500"),
        # a participle between: things in a state are counted
        ("In the valley officials counted 1960 damaged homes.", "1960"),
    ],
)
def test_year_shaped_counts_and_amounts_stay_claims(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "One recent afternoon, two teachers were grading papers in the library.",
        "The power went out one windy night this March, and 30 families sat in the dark.",
        "Driving home one evening after the vote, the senator called three donors.",
        "Early one morning in May, the clerk counted 12 ballots by hand.",
    ],
)
def test_one_before_a_part_of_the_day_that_tells_when_is_not_a_claim(nlp, text):
    assert not [t for t in mention_texts(nlp, text) if t.lower() == "one"]


@pytest.mark.parametrize(
    "text",
    [
        "Only one night this month was quiet, and 12 people were shot.",
        "The suspect stayed one night at the motel before 11 officers arrived.",
    ],
)
def test_one_night_limited_or_stayed_stays_a_claim(nlp, text):
    assert [t for t in mention_texts(nlp, text) if t.lower() == "one"]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Seven in 10 county voters said the mayor is honest, and three-quarters said "
            "the same of her rival.",
            "three-quarters",
        ),
        (
            "Six in 10 parents see the plan as too costly, and a third said that of the "
            "district's other proposal.",
            "a third",
        ),
        ("Two-thirds support raising the sales tax to pay for the stadium.", "Two-thirds"),
        ("Among the members polled, two-thirds oppose the merger.", "two-thirds"),
    ],
)
def test_a_fraction_that_is_the_subject_of_a_stance_is_a_share(nlp, text, share):
    assert share in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a singular fraction with no share beside it may be an ordinal person
        "Two men were shot outside the bar and a third said he ran from the gunfire.",
        # a threshold, not a share of people
        "The board needs a two-thirds majority to pass the levy.",
    ],
)
def test_a_lone_singular_fraction_or_a_threshold_is_not_read_as_a_stance_share(nlp, text):
    assert not [t for t in mention_texts(nlp, text) if "third" in t.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "The new director has zero experience running a hospital.",
        "Critics say the council has zero knowledge of how the budget works.",
        "The study found zero relationship between test scores and salaries.",
        "Her opponent has zero management skills, the ad claims.",
    ],
)
def test_zero_that_only_says_none_at_all_is_not_a_claim(nlp, text):
    assert not [t for t in mention_texts(nlp, text) if "zero" in t.lower()]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The county reported zero deaths from the flu last winter.", "zero"),
        ("The candidate had zero percent support among voters under 30.", "zero percent"),
        ("The central bank cut its main rate to zero in March.", "zero"),
    ],
)
def test_zero_that_counts_or_measures_stays_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
