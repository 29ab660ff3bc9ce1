""" "Initial" makes a figure preliminary only as the gold README's "initial count": on a count,
a report or a figure. As "first in a series" ("the initial investment", "the initial round")
it says nothing of a figure that may change (session 61, cav61). A relative clause forecasting
a change of the noun's figure with no new level ("which will likely rise") is the README's
"expected to rise"."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claims_of
from tests.conftest import preliminary_of as _preliminary


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The initial investment in the plant was $5 million, the firm said.", "$5 million"),
        ("In the initial round of balloting, Ortiz got 40 percent.", "40 percent"),
        ("Voters in the initial 12 states will award 600 delegates.", "12"),
    ],
)
def test_initial_as_first_of_a_series_is_no_preliminary_cue(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is False


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("An initial tally listed 312 damaged homes.", "312"),
        ("Initial figures put the crowd at 8,000.", "8,000"),
        ("The initial police report said three people were hurt.", "three"),
        ("An initial investigation found that the guard had fired two shots.", "two"),
    ],
)
def test_initial_count_or_report_is_preliminary(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is True


def test_a_relative_clause_forecasting_a_rise_makes_the_figures_preliminary(nlp):
    found = _preliminary(
        nlp, "The first orders, which will likely grow, total about $3 million, the firm said."
    )
    assert found["about $3 million"] is True


def test_a_relative_clause_forecasting_a_new_level_is_no_preliminary_cue(nlp):
    found = _preliminary(nlp, "The fund, which will likely grow to $9 million, holds $6 million.")
    assert found["$6 million"] is False


def test_a_relative_clause_on_the_subject_disputes_nothing_of_its_figures(nlp):
    claims = claims_of(
        nlp, "Lede.\n\nThe mayor, who denied the claims, raised $2 million last year."
    )
    found = {c.text: {m.kind for m in c.caveats} for c in claims}
    assert Caveat.DISPUTED not in found["$2 million"]
