"""Extraction quality over whole articles of the development corpus (the seed's perfect
score is asserted through the CLI in test_cli.py)."""

from pathlib import Path

import pytest

from factcheck.evaluate import score_folder

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Measured on 2026-11-24 over 18 articles (docs/extraction.md): record 0.41, span precision
# 0.92, value precision 0.98, source kind 0.85. The floors sit a little below, so a rule change that
# costs more than a claim or two fails here.
FLOORS = {"record_accuracy": 0.38, "span": 0.90, "value": 0.95, "source_kind": 0.80}


@pytest.fixture(scope="module")
def corpus_report(nlp):
    return score_folder(nlp, CORPUS / "gold", CORPUS / "articles")


def test_development_corpus_full_record_accuracy_stays_above_its_floor(corpus_report):
    assert corpus_report.record_accuracy >= FLOORS["record_accuracy"]


@pytest.mark.parametrize("field", ["span", "value", "source_kind"])
def test_development_corpus_field_precision_stays_above_its_floor(corpus_report, field):
    precision = corpus_report.fields[field].precision(corpus_report.n_pred)
    assert precision >= FLOORS[field]
