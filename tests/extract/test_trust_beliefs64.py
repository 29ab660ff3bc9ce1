"""Caveats, session 64 (rg64): "believe in" is trust, not a belief about a figure, so it hedges
no figure beside it; a belief verb with a clause still does.

Sentences are invented, parallel to real cases (realgold48, PolNeAR).
"""

import pytest

from tests.conftest import hedged_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            'Ortiz shot back that the "voters of Maine elected me three times" for the '
            "state House, so plainly believed in her record.",
            "three times",
        ),
    ],
)
def test_figure_beside_believe_in_is_not_hedged(nlp, text, figure):
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Aides believe that 40 delegates will switch sides.", "40"),
        ("Aides believe in the end that 40 delegates will switch sides.", "40"),
    ],
)
def test_belief_with_a_clause_still_hedges(nlp, text, figure):
    assert figure in hedged_texts(nlp, text)
