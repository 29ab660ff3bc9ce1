"""spans34 (session 27): spans of time a relative clause is about; figures written with
no-break spaces.

Gold README, "Multipliers and spans of time": a span is a claim when it asserts something
checkable. "the seven years I've been covering him" says how long something went on, a
duration (docs/gold-conventions.md "Spans of time"), not a period that scopes another figure.
Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, span",
    [
        (
            "It was the oddest talk in the nine years I've been reporting on the mayor.",
            "nine years",
        ),
        ("She often recalls the four years her parents had farmed in Iowa.", "four years"),
        ("The ruling is the first in the 40 years that judges have heard such cases.", "40 years"),
        ("The 12 years he spent on the board were calm.", "12 years"),
    ],
)
def test_span_of_time_a_relative_clause_is_about_is_a_claim(nlp, text, span):
    assert span in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "In the three months that followed, the council met twice.",
        "The next two weeks will bring a rush of ads.",
    ],
)
def test_span_of_time_that_scopes_what_follows_is_no_claim(nlp, text):
    spans = mention_texts(nlp, text)
    assert "three months" not in spans and "two weeks" not in spans
