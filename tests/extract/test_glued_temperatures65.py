"""wspan65 (session 65): a temperature glued to its scale letter ("42C (108F)") is a measured
figure in a sentence about heat or cold; elsewhere a glued letter stays a name ("seat 14C").
Invented texts.

tests/wiree gold (5 such claims), tests/corpus gold ("2.1C above the mean").
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.mentions.quantities import parse_figure
from factcheck.extract.pipeline import parse_text


def _claims(nlp, text: str) -> dict[str, tuple[float, str, str]]:
    ex = extract_claims(parse_text(nlp, text), doc_name="t", text=text)
    return {c.text: (c.value, c.approx.value, c.unit) for c in ex.claims}


def test_glued_temperature_and_its_conversion_are_claims(nlp):
    claims = _claims(nlp, "Temperatures reached 46C (115F) in Jacobabad on Sunday.")
    assert claims["46C"] == (46, "exact", "degree Celsius")
    assert claims["115F"] == (115, "exact", "degree Fahrenheit")


@pytest.mark.parametrize(
    ("text", "span", "value", "approx"),
    [
        (
            "The mean temperature has risen by about 1.6C since 1950.",
            "about 1.6C",
            1.6,
            "approximate",
        ),
        (
            "In the heatwave the city recorded more than 47C on two days.",
            "more than 47C",
            47,
            "lower_bound",
        ),
    ],
)
def test_qualified_glued_temperature(nlp, text, span, value, approx):
    assert _claims(nlp, text)[span][:2] == (value, approx)


def test_glued_letter_without_heat_or_cold_stays_a_name(nlp):
    claims = _claims(nlp, "She sat in seat 14C on the flight to Accra with 80 others.")
    assert "14C" not in claims


def test_parse_figure_reads_the_scale_letter():
    assert parse_figure("38C").unit == "degree Celsius"
    assert parse_figure("100F").unit == "degree Fahrenheit"
