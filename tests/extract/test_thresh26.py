"""thresh26 (session 26): a bar to clear is no bound; a negated bounding verb flips it."""

from __future__ import annotations

import pytest

from tests.conftest import claim_mentions


def _approx(nlp, text, figure):
    return claim_mentions(nlp, text)[figure].approx.value


@pytest.mark.parametrize(
    "text, figure",
    [
        ("She is on track to sail past the 2,383 delegates needed to win.", "2,383"),
        ("The bill passed the 60 votes required to end debate.", "60"),
        ("Nobody has crossed the 1,991 threshold yet.", "1,991"),
    ],
)
def test_a_bar_to_clear_stays_exact_after_a_bounding_verb(nlp, text, figure):
    assert _approx(nlp, text, figure) == "exact"


def test_a_count_that_crossed_a_figure_is_still_a_lower_bound(nlp):
    assert _approx(nlp, "The toll crossed 4,000 on Friday.", "4,000") == "lower_bound"


def test_a_negated_bounding_verb_makes_an_upper_bound(nlp):
    assert (
        _approx(nlp, "The governor could not break 40 percent in May.", "40 percent")
        == "upper_bound"
    )
