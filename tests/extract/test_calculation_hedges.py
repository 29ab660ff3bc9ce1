"""A calculation of a size is an estimate of it (gold README, hedged: "a belief, estimate or
allegation", "estimated"; docs/gold-conventions.md "Forecasts and beliefs" (b)).

A department's "calculates that" count of workers is hedged in realgold33's gold; the same shape recurs on pool63's unannotated articles (an economist
"calculates that" a count of jobs, a consulting firm "has calculated that" a cut in emissions).
"calculated" as an adjective or a modifier of another noun ("a calculated move", "an average
calculated by a poll desk") governs no figure and hedges none. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claim_texts, claims_of, hedged_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Rosa Ibarra, an economist at Pell Analytics, calculates that 450,000 Oregon "
            "warehouse jobs would change hands.",
            "450,000",
        ),
        (
            "The Marlow Group, an energy consulting firm, has calculated that the county's rules "
            "may lower emissions only 14 percent or so.",
            "14 percent",
        ),
        (
            "The Transport Department calculates that 2.6 million drivers will need new permits.",
            "2.6 million",
        ),
    ],
)
def test_figure_someone_calculates_is_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "In an average calculated by the Poll Desk, Ortiz leads the field with 31 percent "
            "support.",
            "31 percent",
        ),
        ("It was a calculated move that cost the party 12 seats.", "12"),
        (
            "The Transport Department said that 2.6 million drivers will need new permits.",
            "2.6 million",
        ),
    ],
)
def test_figure_no_calculation_governs_is_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "hedged", "other"),
    [
        (
            'Ruiz would do better to say that "my aides have calculated that 70 percent were '
            'filed on time" rather than "70 percent were already approved."',
            "70 percent",
            "70 percent",
        ),
        (
            "The firm estimated that 300 homes were flooded, rather than the 1,200 homes the "
            "city had listed.",
            "300",
            "1,200",
        ),
    ],
)
def test_alternative_after_rather_than_is_outside_the_hedge(nlp, text, hedged, other):
    claims = claims_of(nlp, text)
    marks = [any(m.kind is Caveat.HEDGED for m in c.caveats) for c in claims]
    texts = [c.text for c in claims]
    assert hedged in texts and other in texts
    assert marks[texts.index(hedged)]
    assert not marks[len(texts) - 1 - texts[::-1].index(other)]
