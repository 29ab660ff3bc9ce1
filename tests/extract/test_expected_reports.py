"""A report someone expects has not been made: the figure of "Analysts expected the bank to
report a profit of $2 a share" is the analysts' forecast, not the bank's report
(attribution_steps._a_report_expected; session 54, src54; docs/gold-conventions.md,
"Forecasts and beliefs")."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_expecters_of_a_report_are_its_source(nlp):
    text = "Analysts had expected the bank to report a profit of $2.10 a share."
    assert source_of(nlp, text, "$2.10") == ("Analysts", SourceKind.ANONYMOUS)


def test_a_forecast_report_with_no_forecaster_has_no_source(nlp):
    text = "The chain is expected to report sales of $8 billion on Thursday."
    assert source_of(nlp, text, "$8 billion")[1] == SourceKind.NONE


def test_a_report_made_keeps_its_reporter(nlp):
    text = "The bank reported a profit of $2.10 a share, more than analysts expected."
    assert source_of(nlp, text, "$2.10") == ("The bank", SourceKind.NAMED_ORG)
