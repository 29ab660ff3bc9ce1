""" "Reported missing" records a missing-person report: the count of those reported missing is
not a hedged figure (tests/wirel, tests/wire2o golds, session 71). "Reported killed" and
"reportedly missing" still hedge. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claim_texts, hedged_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A spokeswoman for the relief agency said about 250 people had been reported "
            "missing by their families.",
            "about 250",
        ),
        (
            "The mayor's office put the number of people reported missing by neighbours at 17.",
            "17",
        ),
    ],
)
def test_reported_missing_is_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Four people were reported killed in the explosion, the agency said.", "Four"),
        ("Six climbers were reportedly missing after the avalanche.", "Six"),
    ],
)
def test_reported_dead_or_reportedly_missing_stays_hedged(nlp, text, figure):
    assert figure in hedged_texts(nlp, text)
