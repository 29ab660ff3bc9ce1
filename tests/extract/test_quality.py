"""Extraction quality over whole articles of the development corpus (the seed's perfect
score is asserted through the CLI in test_cli.py)."""

from pathlib import Path

import pytest

from factcheck.evaluate import score_folder

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# The scores of 2026-11-29 over 18 articles (docs/extraction.md), rounded down: a rule change
# that costs even one claim's field fails here. Raise a floor when a change raises the score.
# Issue 11 lowered five precision floors: the development gold counts "Two of the nine" and "150
# of the 300" as two figures and "a quarter" as 25, where the gold README ("Shares") and the real
# gold make one share claim of value 0.222 / 0.5 / 0.25; the extractor follows the README.
RECORD_ACCURACY_FLOOR = 0.425
PRECISION_FLOORS = {
    "span": 0.914,
    "value": 0.969,
    "approx": 0.975,
    "subject": 0.686,
    "source": 0.802,
    "source_kind": 0.846,
    "caveats": 0.747,
    "key": 0.659,
}
RECALL_FLOORS = {
    "span": 0.902,
    "value": 0.956,
    "approx": 0.962,
    "subject": 0.677,
    "source": 0.791,
    "source_kind": 0.834,
    "caveats": 0.739,
    "key": 0.650,
}


@pytest.fixture(scope="module")
def corpus_report(nlp):
    return score_folder(nlp, CORPUS / "gold", CORPUS / "articles")


def test_development_corpus_full_record_accuracy_stays_above_its_floor(corpus_report):
    assert corpus_report.record_accuracy >= RECORD_ACCURACY_FLOOR


@pytest.mark.parametrize("field", sorted(PRECISION_FLOORS))
def test_development_corpus_field_precision_stays_above_its_floor(corpus_report, field):
    precision = corpus_report.fields[field].precision(corpus_report.n_pred)
    assert precision >= PRECISION_FLOORS[field]


@pytest.mark.parametrize("field", sorted(RECALL_FLOORS))
def test_development_corpus_field_recall_stays_above_its_floor(corpus_report, field):
    assert corpus_report.fields[field].recall(corpus_report.n_gold) >= RECALL_FLOORS[field]
