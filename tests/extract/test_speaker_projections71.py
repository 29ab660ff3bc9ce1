"""A speaker's "could" on a verb that sizes the figure projects that size: hedged
(docs/gold-conventions.md "Forecasts and beliefs" (b); realgold6 and eleven wire golds,
session 71). Not without a source, not a span an act takes ("could take"), not the figure as
the subject. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claim_texts, hedged_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Independent analysts said the true number of accounts exposed could exceed 12 million.",
            "12 million",
        ),
        (
            "A port official who asked not to be named said the backlog could reach as many as "
            "300 ships if the strike continued.",
            "as many as 300",
        ),
        (
            "A geologist told reporters that the cave could hold between 20 and 30 people.",
            "between 20 and 30",
        ),
        (
            "Officials in the province say demand could outstrip supply by as much as 2 gigawatts "
            "in January.",
            "as much as 2 gigawatts",
        ),
        (
            "A party source said that Ramos could end up winning by more than eight points.",
            "more than eight points",
        ),
    ],
)
def test_speaker_could_size_is_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # no one projects it: the writer's own statement of what may happen
        ("The city's population could reach 3 million by 2045.", "3 million"),
        # a span the act takes
        ("Repairs to the bridge could take up to 36 hours, the utility says.", "up to 36 hours"),
        # negated: no size is projected
        (
            "The audit office said the councils could not account for about 9 billion pesos in "
            "spending.",
            "about 9 billion pesos",
        ),
        # the figure is the subject
        (
            "Up to 4 million renters could be eligible for the credit, officials said.",
            "Up to 4 million",
        ),
    ],
)
def test_other_could_figures_are_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)
