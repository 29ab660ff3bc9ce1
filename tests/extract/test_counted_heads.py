"""A count or unit hung by the parse on a word before its noun counts that noun (invented
text): "four Super Tuesday states" (the plural tagged as a verb), "2 DS (...) agents" (the name
parsed as the plural's nmod), "an eight-way primary contest" (the unit an nmod)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        (
            "The union has bought airtime in at least three Super Tuesday states, according "
            "to party sources.",
            "at least three",
            "states",
        ),
        (
            "The firm opened offices in at least six Sun Belt states, according to its filing.",
            "at least six",
            "states",
        ),
        (
            "The consulate kept just 4 DS (Bureau of Diplomatic Security) officers at the gate.",
            "4",
            "officers",
        ),
        (
            "The mission had only 2 RSO (Regional Security Office) staffers in town that week.",
            "2",
            "staffers",
        ),
    ],
)
def test_count_before_a_name_counts_the_plural_after_it(nlp, text, figure, noun):
    assert noun in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        ("The party won the ten swing States.", "ten", {"swing", "States"}),
        ("The governor visited three Rust Belt states last week.", "three", {"states"}),
    ],
)
def test_count_before_a_compound_still_counts_its_head(nlp, text, figure, words):
    assert words <= set(subject_of(nlp, text, figure).split())


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Ortiz, 47, took about a third of the ballots to win an eight-way primary contest.",
            "eight-way",
        ),
        ("The former judge won an eight-way primary contest with 30 percent.", "eight-way"),
        ("Kim, 52, carried every county to win a six-way primary contest.", "six-way"),
    ],
)
def test_contest_size_hung_as_nmod_counts_the_contest(nlp, text, figure):
    assert "contest" in subject_of(nlp, text, figure).split()


def test_contest_size_before_its_noun_still_counts_it(nlp):
    assert subject_of(nlp, "Smith won a three-way race for the seat.", "three-way") == "race"


def test_share_pair_before_its_noun_takes_no_symbol_for_a_subject(nlp):
    # the parse hangs "62%" on "divide" across the other side's "32%": not "% divide"
    text = "A new survey of young adults shows a 62%-32% divide on the issue."
    assert not subject_of(nlp, text, "62%").startswith("%")
