"""Forecasts and beliefs (session 49; docs/gold-conventions.md, "Forecasts and beliefs").

A figure that someone believes or forecasts is `hedged` (gold README: "a belief, estimate or
allegation"): what a belief verb's clause asserts ("strategists think that at least two ..."),
a forecaster's expectation, projection or prediction of a size, "likely"/"probably" on the
figure, and a guess at a size with "could/might be". Not hedged: a figure that counts who
believes, the object of an act that is forecast to happen, "could" with another verb ("could
reach 40 percent by 2050"), and a figure the believed or forecast clause takes as known: the
starting level of a forecast change and the content of an embedded question. Invented
sentences of the tuning golds' shapes."""

from __future__ import annotations

import pytest

from tests.conftest import claim_texts, hedged_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The state expects the number of retirees to swell to 9 million in 2030, from 6 "
            "million in 2020.",
            "6 million",
        ),
        (
            "Officials project that spending will rise to $12 million next year from $9 million "
            "this year.",
            "$9 million",
        ),
        (
            "The county's jobless rate is expected to fall to 4.5 percent next year from 5.2 "
            "percent this year.",
            "5.2 percent",
        ),
        ("Economists expect enrollment to climb from 12,000 today to 15,000 by 2030.", "12,000"),
        ("Analysts think the deficit will double to $8 billion from $4 billion.", "$4 billion"),
    ],
)
def test_starting_level_of_a_forecast_change_is_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The state expects the number of retirees to swell to 9 million in 2030, from 6 "
            "million in 2020.",
            "9 million",
        ),
        (
            "Officials project that spending will rise to $12 million next year from $9 million "
            "this year.",
            "$12 million",
        ),
        (
            "The county's jobless rate is expected to fall to 4.5 percent next year from 5.2 "
            "percent this year.",
            "4.5 percent",
        ),
        ("Economists expect enrollment to climb from 12,000 today to 15,000 by 2030.", "15,000"),
        ("Analysts think the deficit will double to $8 billion from $4 billion.", "$8 billion"),
    ],
)
def test_new_level_of_a_forecast_change_stays_hedged(nlp, text, figure):
    assert figure in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Many thought after the election that the party would have a long talk about why "
            "it had lost twice to the mayor.",
            "twice",
        ),
        (
            "Some board members believe the district will soon have to explain why it spent $4 "
            "million on consultants.",
            "$4 million",
        ),
        ("Aides expect a long debate over whether the city needs 12 more officers.", "12"),
    ],
)
def test_figure_in_an_embedded_question_under_a_belief_is_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Party strategists think that at least three candidates will stay in the race "
            "until June.",
            "at least three",
        ),
        ("The harbor will be closed for six weeks, some dock workers now believe.", "six weeks"),
        (
            "The county's planners believe that about 4,000 new homes will be needed by 2030.",
            "about 4,000",
        ),
    ],
)
def test_figure_a_belief_verb_asserts_is_hedged(nlp, text, figure):
    assert figure in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "About 60 percent of residents think the town is headed in the wrong direction.",
            "About 60 percent",
        ),
        (
            "Forty percent of voters believe the mayor should resign, the poll found.",
            "Forty percent",
        ),
    ],
)
def test_figure_counting_who_believes_is_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The state budget office expects revenue to grow by about 3 percent next year.",
            "about 3 percent",
        ),
        (
            "A projection by the planning board shows that enrollment could fall to under "
            "2,000 by 2030.",
            "under 2,000",
        ),
        (
            "Mayor Ana Ruiz, who predicted about a quarter of the vote will be cast by mail, "
            "spoke Monday.",
            "about a quarter",
        ),
        (
            "The transit authority forecasts that ridership will reach 90,000 a day by 2028.",
            "90,000",
        ),
    ],
)
def test_forecast_of_a_size_is_hedged(nlp, text, figure):
    assert figure in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The council is expected to vote on four zoning measures next week.", "four"),
        ("The campaign is expecting to open offices in nine counties this month.", "nine"),
    ],
)
def test_object_of_a_forecast_act_is_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The repairs will probably cost close to $3 million, the engineer said.",
            "close to $3 million",
        ),
        (
            "Candidates probably need about 30 percent of the rural vote to win, analysts say.",
            "about 30 percent",
        ),
        ("The new levee might be 20 to 25 feet high, the engineer said.", "20 to 25 feet"),
        ("There could be as many as six more victims, the chief said.", "as many as six"),
    ],
)
def test_likely_or_a_guess_at_a_size_is_hedged(nlp, text, figure):
    assert figure in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The poll surveyed 800 likely voters.", "800"),
        ("The city's population could reach 2 million by 2040.", "2 million"),
        ("Up to 3 million drivers could be eligible for the rebate.", "Up to 3 million"),
    ],
)
def test_likely_voters_and_could_with_another_verb_are_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The roof repairs will probably take six weeks, the builder said.", "six weeks"),
        ("The audit will likely take about two months, the treasurer said.", "about two months"),
        ("The hearing will probably last 90 minutes.", "90 minutes"),
    ],
)
def test_likely_span_a_duration_verb_sizes_is_hedged(nlp, text, figure):
    """'take' and 'last' size a span of time as 'cost' sizes an amount: "likely" or "probably"
    on them hedges the duration (docs/gold-conventions.md "Forecasts and beliefs" (c))."""
    assert figure in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The board is expected to vote in two weeks on the levy.", "two weeks"),
        ("The crew will likely take three trucks to the site.", "three"),
    ],
)
def test_time_setting_or_a_taken_count_is_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "“We don’t think there’s room for four ferry lines on this coast,” the mayor said.",
            "four",
        ),
        ("The planners do not believe that 4,000 new homes will be needed by 2030.", "4,000"),
        ("“I never thought we would lose 30 members in one year,” Ruiz said.", "30"),
    ],
)
def test_figure_under_a_negated_belief_is_not_hedged(nlp, text, figure):
    # lead59: a negated belief asserts no figure (tuning golds: both such figures unhedged)
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)
