"""Extraction quality on real news: the 33 annotated articles of tests/realgold (issue 11).

The articles belong to their publishers and are read from ../shared/corpus at run time; the
repository keeps only their gold offsets and labels.
"""

from pathlib import Path

import pytest

from factcheck.evaluate import score_folder

REALGOLD = Path(__file__).resolve().parents[1] / "realgold"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

if not CORPUS.is_dir():
    pytest.skip(
        f"the real articles of tests/realgold are read from {CORPUS}, which is absent",
        allow_module_level=True,
    )

# The scores after issue 11's merged branches (spans and formats, sources across sentences,
# caveat scope) and the implied counts of issue 9, over all 33 articles (256 gold claims, 38 of
# them implied counts), truncated to three places: docs/extraction.md. Predicted implied counts
# are scored here because this gold annotates them. The floors sit 0.005 below the scores: one
# claim's span in 256 still varies between runs (a set's order somewhere in extraction or
# scoring; found at the end of session 8, not yet traced). Raise a floor when a score rises.
# Issue 9's age rule (verify4: "killing a 17-year-old boy" is 1 killed; an age is no figure)
# adds 3 implied counts here, none on a gold span ("a man at the residence, 21-year-old ...,
# was killed" vs gold "a man"): span precision 0.742, approx 0.799; those two floors follow.
RECORD_ACCURACY_FLOOR = 0.395
PRECISION_FLOORS = {
    "span": 0.737,
    "value": 0.822,
    "approx": 0.794,
    "subject": 0.619,
    "source": 0.627,
    "source_kind": 0.696,
    "caveats": 0.776,
    "key": 0.531,
}
RECALL_FLOORS = {
    "span": 0.764,
    "value": 0.838,
    "approx": 0.819,
    "subject": 0.631,
    "source": 0.639,
    "source_kind": 0.709,
    "caveats": 0.791,
    "key": 0.541,
}


@pytest.fixture(scope="module")
def real_report(nlp):
    return score_folder(nlp, REALGOLD, CORPUS)


def test_real_news_full_record_accuracy_stays_above_its_floor(real_report):
    assert real_report.record_accuracy >= RECORD_ACCURACY_FLOOR


@pytest.mark.parametrize("field", sorted(PRECISION_FLOORS))
def test_real_news_field_precision_stays_above_its_floor(real_report, field):
    assert real_report.fields[field].precision(real_report.n_pred) >= PRECISION_FLOORS[field]


@pytest.mark.parametrize("field", sorted(RECALL_FLOORS))
def test_real_news_field_recall_stays_above_its_floor(real_report, field):
    assert real_report.fields[field].recall(real_report.n_gold) >= RECALL_FLOORS[field]
