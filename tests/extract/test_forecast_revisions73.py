"""Revising one's own forecast reports it: "The central bank cut its growth forecast to 2.1%
from 2.6%" gives both figures to the bank (gold README "Source kinds"; docs/gold-conventions.md
"Forecasts and beliefs": a forecast is its forecaster's; tests/wirex, wire2j, wire2k and corpus
golds). Only a forecast noun the subject owns makes the verb a report: cutting a number of
things is an act, its figure the writer's. Invented sentences."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_cutting_its_own_forecast_names_the_forecaster(nlp):
    text = "The statistics agency cut its harvest forecast to 12.5 million tons from 13 million."
    assert source_of(nlp, text, "12.5 million tons") == (
        "The statistics agency",
        SourceKind.NAMED_ORG,
    )
    assert source_of(nlp, text, "13 million") == ("The statistics agency", SourceKind.NAMED_ORG)


def test_raising_its_own_outlook_names_the_forecaster(nlp):
    text = "The finance ministry raised its growth outlook for next year to 2.4%."
    assert source_of(nlp, text, "2.4%") == ("The finance ministry", SourceKind.NAMED_ORG)


def test_cutting_a_number_of_things_is_an_act(nlp):
    text = "The airline cut the number of its daily flights to 120 last winter."
    assert source_of(nlp, text, "120")[1] == SourceKind.NONE
