"""Nominal and phrasal source frames: ", per X" and "by one estimate".

Sentences are invented, of the shapes the gold README's "Source kinds" and issue 11
("Nominal sources") describe.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_per_after_a_comma_credits_the_figure_to_its_object(nlp):
    text = "The bridge repairs cost $3 billion, per the state transportation department."
    assert source_of(nlp, text, "$3 billion") == (
        "the state transportation department",
        SourceKind.NAMED_ORG,
    )


def test_per_opening_the_sentence_credits_the_figure_to_its_object(nlp):
    text = "Per the county coroner, 12 people died in the warehouse fire."
    assert source_of(nlp, text, "12") == ("the county coroner", SourceKind.NAMED_PERSON)


def test_per_of_a_rate_is_no_source(nlp):
    text = "Diesel sold for $4 per gallon across the county last week."
    assert source_of(nlp, text, "$4") == ("", SourceKind.NONE)


def test_per_of_a_manner_is_no_source(nlp):
    text = "The measure passed 52 to 48, per usual party lines."
    assert source_of(nlp, text, "52") == ("", SourceKind.NONE)


def test_per_on_a_reporting_verb_names_the_relayer_not_the_source(nlp):
    text = "Ruiz said, per an interpreter, that 40 families had fled the village."
    assert source_of(nlp, text, "40")[0] == "Ruiz"


def test_by_one_estimate_is_an_anonymous_source(nlp):
    text = "By one estimate, 14,000 people attended the harvest fair."
    assert source_of(nlp, text, "14,000") == ("one estimate", SourceKind.ANONYMOUS)


def test_by_a_source_estimates_after_a_comma_is_the_source(nlp):
    text = "Some 5,000 people gathered downtown, by police estimates."
    assert source_of(nlp, text, "5,000")[0] == "police estimates"


def test_by_an_owned_count_on_a_passive_is_the_source(nlp):
    text = "Fourteen miners were killed, by the union's count."
    assert source_of(nlp, text, "Fourteen")[0] == "the union's count"


def test_by_a_count_of_a_margin_is_no_source(nlp):
    text = "The council approved the budget, by a count of 7 to 2."
    assert source_of(nlp, text, "7") == ("", SourceKind.NONE)


def test_by_a_bare_measure_is_no_source(nlp):
    text = "By sheer body count, it was the deadliest of the 3 storms."
    assert source_of(nlp, text, "3") == ("", SourceKind.NONE)


def test_quoted_as_saying_gives_the_one_quoted(nlp):
    text = "Mayor Ana Ruiz was quoted as saying that 40 families had fled the village."
    assert source_of(nlp, text, "40")[0] == "Mayor Ana Ruiz"


def test_as_saying_after_another_verb_is_not_a_quotation(nlp):
    text = "The ad portrays Ruiz as saying nothing while 40 families fled the village."
    assert source_of(nlp, text, "40") == ("", SourceKind.NONE)


def test_placed_the_death_toll_at_is_the_subjects_estimate(nlp):
    text = "The interior ministry placed the death toll at 120 on Sunday."
    assert source_of(nlp, text, "120") == ("The interior ministry", SourceKind.NAMED_ORG)


def test_gave_the_figure_as_is_the_subjects_estimate(nlp):
    text = "The interior ministry gave the figure as 120 dead."
    assert source_of(nlp, text, "120") == ("The interior ministry", SourceKind.NAMED_ORG)


def test_placing_a_bet_at_a_sum_is_no_estimate(nlp):
    text = "The gambler placed the bet at $50 before the race."
    assert source_of(nlp, text, "$50") == ("", SourceKind.NONE)


def test_made_clear_that_states_the_clause(nlp):
    text = "The interior ministry made clear that 120 people had died."
    assert source_of(nlp, text, "120") == ("The interior ministry", SourceKind.NAMED_ORG)


def test_made_clear_with_an_object_and_no_clause_states_nothing(nlp):
    text = "The crews made clear 3 roads in the valley by noon."
    assert source_of(nlp, text, "3") == ("", SourceKind.NONE)


def test_estimated_at_a_figure_by_a_body_gives_the_body(nlp):
    # the parse hangs "by the police" on the figure, not on "estimated"
    text = "The crowd was estimated at 14,000 by the police."
    assert source_of(nlp, text, "14,000") == ("the police", SourceKind.NAMED_ORG)


def test_valued_at_a_figure_by_a_year_has_no_agent(nlp):
    text = "The farmhouse was valued at $400,000 by 2010."
    assert source_of(nlp, text, "$400,000") == ("", SourceKind.NONE)
