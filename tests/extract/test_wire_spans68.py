"""Which numbers of international wire copy are claims, and how rough they are (session 68,
wspan68): rules from constructions that recur across the wire tuning sets of different writers.
Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.conftest import claim_named, claim_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ('"There were maybe 300 of us on the deck," she said.', "maybe 300"),
        ('"We waited for maybe 45 minutes before the bus came," he said.', "maybe 45 minutes"),
    ],
)
def test_a_guess_with_maybe_right_before_the_figure_is_approximate(nlp, text, figure):
    claim = claim_named(nlp, text, figure)
    assert claim is not None and claim.approx.value == "approximate"


def test_a_figure_after_maybe_said_of_the_clause_stays_exact(nlp):
    text = "Maybe the ferry was late, but 300 passengers still boarded it on Friday."
    claim = claim_named(nlp, text, "300")
    assert claim is not None and claim.approx.value == "exact"


def test_neither_side_of_an_exchange_rate_note_is_a_claim(nlp):
    text = (
        "The mine lost about 2.1 billion pesos ($2.3 million) a day, the company said.\n\n"
        "($1 = 915.20 Argentine pesos)\n"
    )
    assert claim_texts(nlp, text) == ["about 2.1 billion pesos", "$2.3 million"]


def test_a_bracketed_conversion_without_an_equals_sign_stays_a_claim(nlp):
    text = "The port lost 3.4 billion pesos ($3.7 million) in a week, the union said."
    assert "$3.7 million" in claim_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A woman was killed along with her three children when the roof fell in.", "three"),
        ("The gunman killed their four children before turning the gun on himself.", "four"),
    ],
)
def test_household_members_counted_as_victims_stay_claims(nlp, text, figure):
    assert figure in claim_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            'Residents said militiamen killed "more than 40" villagers in a valley north of the '
            "market town over four days.",
            "four days",
        ),
        (
            "Italy pays Tunisia 90 million euros ($98 million) over five years for patrols.",
            "five years",
        ),
    ],
)
def test_a_stretch_of_time_an_amount_is_spread_over_is_exact(nlp, text, figure):
    claim = claim_named(nlp, text, figure)
    assert claim is not None and claim.approx.value == "exact"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("She has taught at the school over 25 years.", "over 25 years"),
        ("The senator spoke on the floor for over 12 hours.", "over 12 hours"),
    ],
)
def test_over_before_a_length_with_nothing_spread_over_it_stays_a_lower_bound(nlp, text, figure):
    claim = claim_named(nlp, text, figure)
    assert claim is not None and claim.approx.value == "lower_bound"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The group counted 22 reporters in jail, up from 15 a year earlier.", "15"),
        ("The toll has risen to 41, up from 36 earlier in the day, officials said.", "36"),
    ],
)
def test_a_count_placed_by_a_phrase_after_it_is_no_date(nlp, text, figure):
    assert figure in claim_texts(nlp, text)


def test_a_span_of_time_that_places_an_event_stays_a_date(nlp):
    text = "Police arrested the driver two days later, officials said."
    assert "two days" not in claim_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        (
            "A village elder said nearly 300 of the hamlet's roughly 450 residents were missing.",
            "nearly 300 of the hamlet's roughly 450",
            0.667,
        ),
        (
            "Officials said 60 of its about 240 members had resigned.",
            "60 of its about 240",
            0.25,
        ),
    ],
)
def test_a_part_of_a_rough_owned_whole_is_one_approximate_share(nlp, text, figure, value):
    claim = claim_named(nlp, text, figure)
    assert claim is not None and claim.text == figure
    assert claim.value == pytest.approx(value) and claim.approx.value == "approximate"


def test_a_rough_whole_with_no_owner_stays_its_own_figure(nlp):
    text = "Twelve of the roughly 30 members quit on Monday."
    assert claim_texts(nlp, text) == ["Twelve", "roughly 30"]


@pytest.mark.parametrize(
    ("text", "kept", "rejected"),
    [
        (
            "The group said it had recorded six deaths this year, not 11, and that two were "
            "accidents.",
            "six",
            "11",
        ),
        ("This story has been corrected to give the number of shelters as 14, not 16.", "14", "16"),
    ],
)
def test_a_figure_after_comma_not_is_rejected_not_claimed(nlp, text, kept, rejected):
    texts = claim_texts(nlp, text)
    assert kept in texts and rejected not in texts


def test_not_before_a_first_figure_stays_a_claim(nlp):
    text = "The mayor said, not for the first time, that 40 shelters were full."
    assert "40" in claim_texts(nlp, text)


def test_twice_of_a_double_count_is_not_a_claim(nlp):
    text = "Some of the bodies had been counted twice as they were moved between morgues."
    assert "twice" not in claim_texts(nlp, text)


def test_twice_of_an_act_stays_a_claim(nlp):
    assert "twice" in claim_texts(nlp, "The officer was shot twice in the leg on Monday.")
