""" "The past decade" as the window of a figure in its clause is a claim of 10 years (session 73,
docs/gold-conventions.md "Spans of time": windows of a measured figure). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of, mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "The water board said it had counted more than 240 burst pipes in the past decade.",
        "A charity said about a fifth of the complaints filed over the last decade were about rent.",
        "The new levy would raise only $3.4 billion over the next decade, the budget office said.",
        "Only about one in 20 arson cases over the past decade ended in a conviction, she said.",
    ],
)
def test_decade_window_of_a_figure_is_a_claim(nlp, text):
    assert "decade" in mention_texts(nlp, text)


def test_decade_window_is_ten_years(nlp):
    text = "The port handled 3,100 ships over the past decade, the authority said."
    decade = [c for c in claims_of(nlp, text) if c.text == "decade"]
    assert [(c.value, c.unit) for c in decade] == [(10, "year")]


@pytest.mark.parametrize(
    "text",
    [
        # a description or a vague amount: no figure measured over the window
        "The valley has flooded repeatedly over the past decade.",
        "Volunteers have found hundreds of old wells in the past decade.",
        # a relative clause is a clause of its own, whatever the main clause counts
        "The city sent 300 officers to the derby, whose fans have fought over the past decade.",
        # the period of a baseline
        "Rainfall was 40% below the average of the past decade, the agency said.",
        # not one decade
        "He blamed the mayor for the past decade and a half of poor planning, costing 90 jobs.",
        "The town lost 400 jobs over the past decade or so, the union said.",
    ],
)
def test_decade_without_a_measured_figure_is_no_mention(nlp, text):
    assert "decade" not in mention_texts(nlp, text)
