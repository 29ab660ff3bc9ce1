"""wsubj71b: a superlative standing for its noun ("the worst", "the highest") with a span "in N
years" is the record the span is measured against (gold README, "the slowest rate in 13
years"): named by the superlative with the verb's object it is said of, or by the superlative
alone, not by the unit with the clause's subject."""

from __future__ import annotations

from tests.conftest import subject_of


def test_a_bare_superlative_complement_takes_the_object_it_is_said_of(nlp):
    text = "Engineers called the blackout the worst in the region in more than a decade."
    assert subject_of(nlp, text, "more than a decade") == "worst blackout"


def test_a_bare_superlative_after_a_reported_figure_takes_the_reported_noun(nlp):
    text = "The agency reported unemployment above 14%, then the highest in 12 years."
    assert subject_of(nlp, text, "12 years") == "highest unemployment"


def test_a_bare_superlative_with_no_object_leads_the_subject_without_the_unit(nlp):
    text = "Attendance was 38.5%, the board says - the lowest in the county in three decades."
    words = subject_of(nlp, text, "three decades").split()
    assert words[0] == "lowest" and "decades" not in words, words


def test_a_quantifying_most_is_not_a_bare_record(nlp):
    text = "Most of the 40 workers have returned in three weeks, the union said."
    assert "most" not in subject_of(nlp, text, "three weeks").lower().split()
