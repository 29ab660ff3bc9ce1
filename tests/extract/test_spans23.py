"""Spans on real news, session 21 (branch spans23). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The fund cut its holdings over the last six months of 2014 and has a 3 percent stake.",
            "six months",
        ),
        ("Acme Corp raised $12 million in the first half of 2019, filings show.", "half"),
        ("Sales grew faster in the second half of the year than in the first.", "half"),
        (
            "Its approval during the first five months of this year averaged 47 percent.",
            "five months",
        ),
    ],
)
def test_a_part_of_a_calendar_year_only_places_a_figure_in_time(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The fund has tripled its stake over the last six months.", "six months"),
        ("Talks dragged on for three months of the year before a deal.", "three months"),
        ("More than half of 2019's donors gave again.", "More than half"),
    ],
)
def test_a_span_of_time_with_no_calendar_part_stays_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Smith is set to win these first four states, the pollster said.", "four"),
        ("Turnout rose in the first 14 primaries of 2020, the study shows.", "14"),
        ("She hopes to sweep the first two contests on the calendar.", "two"),
        ("Peace treaties with the first two countries have held for decades.", "two"),
    ],
)
def test_things_named_by_their_place_after_the_first_are_not_counted(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The first four victims were stabbed in the kitchen.", "four"),
        ("The first 60 refugees landed on Tuesday.", "60"),
        ("She won 9 of the first 12 contests.", "9 of the first 12"),
    ],
)
def test_people_and_shares_after_the_first_stay_claims(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ads came from several groups, including one PAC called Save Ohio and another tied to a union.",
            "one",
        ),
        ("We just keep putting one foot in front of the other, she said.", "one foot"),
        ("Officers found one rifle in the trunk and another under a seat.", "one"),
    ],
)
def test_one_set_against_another_or_the_other_is_no_count(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Deputies found two men in the yard, one dead, the other badly hurt.", "one"),
        ("One victim was flown to a trauma center and another to a local hospital.", "One"),
        ("The county has one hospital, officials said.", "one"),
    ],
)
def test_one_with_a_casualty_a_person_or_no_pair_stays_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Some 58 percent picked the mayor, double the number who backed her rival.", "double"),
        ("Rents are now triple what they were in 2010.", "triple"),
        ("The county hired double the number of deputies it had planned.", "double"),
    ],
)
def test_a_bare_multiplier_before_its_comparison_is_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police are investigating a double shooting on Main Street.",
        "She leads by double digits in the state.",
    ],
)
def test_a_multiplier_word_as_a_descriptor_is_no_comparison(nlp, text):
    assert "double" not in mention_texts(nlp, text)
