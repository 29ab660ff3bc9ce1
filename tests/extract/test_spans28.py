"""spans28 (session 24): which mentions of political news are claims."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, claims",
    [
        ("Exit polls show Ruiz carried 71 percent of voters under 30 in Ohio.", ["71 percent"]),
        ("Many of those over 50 backed the governor, the survey found.", []),
        ("Women under 40 favour Patel by 9 percentage points.", ["9 percentage points"]),
        ("The agency placed 2,000 foster children younger than 12 last year.", ["2,000"]),
        ("Senators who spoke for over 20 hours left at dawn.", ["over 20 hours"]),
        ("Support among voters fell under 30 percent in March.", ["under 30 percent"]),
    ],
)
def test_age_bracket_of_a_group_is_not_a_claim(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


@pytest.mark.parametrize(
    "text, claims",
    [
        (
            "Mr. Ruiz met with Senator Tom Patel on Monday. While the two men talked "
            "for an hour, aides waited outside.",
            ["an hour"],  # how long they talked is a claim (spans34); "the two men" is not
        ),
        (
            "Mayor Lena Ortiz and Rep. Dan Cole toured the plant. Later the two women "
            "spoke to 300 workers.",
            ["300"],
        ),
        (
            "Sheriff Lee said John Ward and Sam Price fled the store. The two men were "
            "arrested on Friday.",
            ["two"],
        ),
        ("The two men who robbed the bank are still at large, police said.", ["two"]),
    ],
)
def test_two_named_people_picked_out_again_are_not_a_count(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


@pytest.mark.parametrize(
    "text, claims",
    [
        ("With the runoff just over five weeks away, Ruiz leads by 6 points.", ["6 points"]),
        ("Prices may look very different three or four years from now.", []),
        ("The primary is still two months away, and 12 candidates have filed.", ["12"]),
        ("The council delayed the vote for two months.", ["two months"]),
    ],
)
def test_span_of_time_ahead_of_an_event_is_not_a_claim(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


@pytest.mark.parametrize(
    "text, claims",
    [
        ("The mayor has run the city for a quarter-century.", ["a quarter-century"]),
        ("The feud has gone on for more than half a century.", ["more than half a century"]),
        ("The county has voted Democratic for nearly a half-century.", ["nearly a half-century"]),
        ("The plant opened a quarter-century ago.", []),
        ("They toured the quarter-century-old bridge.", []),
    ],
)
def test_fraction_of_a_century_is_a_span_of_time(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


def test_quarter_century_is_25_years():
    from factcheck.extract.mentions.quantities import parse_figure

    quantity = parse_figure("a quarter-century")
    assert (quantity.value, quantity.unit) == (25, "year")


def test_fraction_of_a_century_names_its_unit_as_written(nlp):
    from factcheck.extract.mentions.mentions import find_mentions
    from factcheck.extract.subjects.subjects import find_subject

    doc = nlp("Senator Lee has spent a quarter-century in Congress.")
    mention = next(m for m in find_mentions(doc) if m.is_claim)
    assert find_subject(doc, mention).split()[0] == "quarter-century"


@pytest.mark.parametrize(
    "text, claims",
    [
        ("The senator doubled down on her attacks on the mayor Tuesday.", []),
        ("Asked about the plan, he said he would double down.", []),
        ("Donations to the campaign nearly doubled in March.", ["nearly doubled"]),
    ],
)
def test_doubling_down_is_an_idiom_not_a_multiplier(nlp, text, claims):
    assert mention_texts(nlp, text) == claims
