"""A forecast change that carries its own figure ("expected to grow 2 percent", "set to rise by
$300", "expected to increase pay for 30 million workers") forecasts a size: an estimate, not a
figure that may change (docs/gold-conventions.md "Forecasts and beliefs": preliminary is not
the caveat of a forecast of a size). A count forecast to rise with no new size keeps its
preliminary caveat (gold README, "expected to rise"; session 61, cav61)."""

from __future__ import annotations

import pytest

from tests.conftest import preliminary_of as _preliminary


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Output here is expected to grow 2 percent this year.", "2 percent"),
        ("Fees are set to rise by $300 a year for a family of four.", "$300"),
        ("Fees are set to rise by $300 a year for a family of four.", "four"),
        ("The wage, now $7.25, is set to rise to $10.", "$10"),
    ],
)
def test_the_figure_of_a_forecast_change_is_not_preliminary(nlp, text, figure):
    assert _preliminary(nlp, "Lede.\n\n" + text)[figure] is False


def test_a_toll_expected_to_rise_stays_preliminary(nlp):
    found = _preliminary(nlp, "Lede.\n\nThe death toll of 23 is expected to rise.")
    assert found["23"] is True


def test_a_forecast_of_a_size_reaches_no_earlier_count(nlp):
    found = _preliminary(
        nlp,
        "Lede.\n\nThe club has 300 members. The number of members is expected to grow 10 "
        "percent next year.",
    )
    assert found["300"] is False
