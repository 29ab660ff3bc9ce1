"""A noun of claiming ("assertion", "contention", "boast") whose "that" clause holds the figure
hedges it, as "claim that" does (claim_hedges.py; gold README hedged: "claimed"), also where the
parse hangs the clause on the main verb. Invented sentences."""

import pytest

from tests.conftest import kinds_of

HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Readers asked about the mayor's assertion that 90 percent of the roads were repaired.",
            "90",
        ),
        ("He repeated his contention that 40 jobs were lost at the plant.", "40"),
        ("Her boast that she won 30 states drew laughs.", "30"),
    ],
)
def test_a_claim_noun_over_the_figures_clause_hedges_it(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)


def test_a_claim_noun_without_the_figure_in_its_clause_does_not_hedge(nlp):
    text = "The mayor's assertion drew criticism from 3 council members."
    assert HEDGED not in kinds_of(nlp, text, "3")
