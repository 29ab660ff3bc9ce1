"""Caveats of wire copy read in session 65 (wcav65b): invented sentences, one rule per group.

Each rule cites the wire golds it comes from in its module's or lexicon entry's comment.
"""

from __future__ import annotations

import pytest

from tests.conftest import kinds_of

ANON = "anonymous_source"
HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Unions say the new wage covers less than a third of a family's rent.", "a third"),
        ("His opponents say fewer than 50,000 such homes were ever built.", "50,000"),
        ("Critics put the cost of the bridge at more than $3 billion.", "$3 billion"),
    ],
)
def test_people_named_by_their_side_are_an_anonymous_source(nlp, text, figure):
    assert ANON in kinds_of(nlp, text, figure)


def test_a_named_union_stays_a_named_source(nlp):
    text = "The Transport Workers Union says 4,000 drivers joined the stoppage."
    assert ANON not in kinds_of(nlp, text, "4,000")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The river basin authority has warned that 85 of the province's 300 villages face "
            "a high risk of flooding this month.",
            "85",
        ),
        (
            "The weather bureau had warned of waves of 6 to 8 meters above the usual level.",
            "6 to 8",
        ),
        ("The mill owners warned that about 1,200 jobs could go if the tariff stays.", "1,200"),
        ("Forecasters warned on Sunday of rainfall of up to 250 millimeters.", "250"),
    ],
)
def test_a_warning_of_a_size_is_hedged(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Nurses warned that 40 patients had been admitted overnight with burns.", "40"),
        ("The mayor warned residents on Friday after 15 cars were set alight.", "15"),
        (
            "The agency warned that the reservoir, which holds 60 million cubic meters, was full.",
            "60",
        ),
        ("The minister warned in a speech to 300 farmers that prices would rise.", "300"),
    ],
)
def test_a_warning_about_what_happened_hedges_no_figure(nlp, text, figure):
    assert HEDGED not in kinds_of(nlp, text, figure)
