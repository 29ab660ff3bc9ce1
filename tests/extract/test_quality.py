"""Extraction quality over whole articles of the development corpus (the seed's perfect
score is asserted through the CLI in test_cli.py)."""

from pathlib import Path

import pytest

from factcheck.evaluate import score_folder

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# The scores of 2026-11-29 over 18 articles (docs/extraction.md), after the issue-11 branches
# and the share convention in the gold, rounded down: a rule change
# that costs even one claim's field fails here. Raise a floor when a change raises the score.
# Source floors and the record floor lowered at the merge of 0.3.4 (branch sources3), to 0.005
# below the merged scores: the real gold writes a poll or study "by" its author whole ("The poll
# by the Public Policy Institute of California"), this fictional gold the author alone ("the
# institute Opinia"); the extractor follows the real gold, so 7 claims here differ. Source and
# record floors raised at 0.4.0 (branch sources5: short names take the kind of the full name).
# Subject and record floors raised at 0.4.9 (branch subjects6).
# Record floor re-measured at 0.5.0 (session 12's merge): 0.5941. Record and source floors
# raised at 0.5.1 (sources7): record 0.5995, source P/R 0.8681/0.8610. Raised at 0.5.6
# (sources8): record 0.6075, source P/R 0.8764/0.8692, source kind P/R 0.9148/0.9074.
# Raised at 0.6.3 (subjects9: averages, the thing a span of time is said of): record 0.6398,
# subject P/R 0.8626/0.8556.
# Raised at 0.8.3 (subjects11): record 0.6559, subject P/R 0.8712/0.8665.
# Raised at 0.9.2 (subjects12: a span of time names its unit): record 0.6586, subject P/R
# 0.8767/0.8719.
# Raised at 0.11.1 (sources14: a name's kind from its apposition): record 0.6613, source P/R
# 0.8795/0.8747, source kind P/R 0.9233/0.9183.
# Raised at 0.11.2 (subjects14: an amount added to or taken off something): record 0.6613,
# subject P/R 0.8822/0.8774.
# Raised at 0.13.2 (sources16: polls framing a clause, what was found told by a speaker, time
# clauses and asides after a reporting verb): record 0.6667, source P/R 0.8904/0.8856, source
# kind P/R 0.9370/0.9319.
# Raised at 0.15.0 (session 18 round merged): record 0.6739.
# Raised at 0.17.0 (session 19 merged): record 0.6846.
# Raised at 0.18.0 (session 20 merged): record 0.7035.
# Raised at 0.19.0 (session 21 merged): record 0.7062.
# Raised at 0.71.0 (session 64's wire rules; the B2 gold's two "(SFC)" sources follow the
# acronym ruling): record 0.7339, subject P/R 0.9130/0.9155, source P/R 0.9022/0.9046, source
# kind P/R 0.9538/0.9564, caveats P/R 0.8804/0.8828.
# Raised at 0.72.0 (session 65's wire rules): record 0.7507. At 0.73.0: 0.7480; source
# precision 0.9022 -> 0.8946: wsrc66a keeps a spokesperson's role and ranks before the name
# ("ministry spokesman Col. X"), as docs/gold-conventions.md "Titles and roles before names" and
# six wire writers do, where this development gold cuts it (4 records). At 0.74.0 (session 67's
# wire rules): record 0.7560. At 0.75.0 (session 68's wire rules): 0.7587.
# Lowered at 0.79.0 (session 72's ruling "People at a named body", docs/gold-conventions.md:
# "Analysts at X said" is anonymous; 8 wire writers for, this gold and realgold against; wire
# checks +2 records scored alone): record 0.7507, source P/R 0.8865/0.8937 (this gold's two
# "analysts at ..." sources, B2 and B3).
RECORD_ACCURACY_FLOOR = 0.745
PRECISION_FLOORS = {
    "span": 0.923,
    # 0.975 at session 65 (wspan65): the three "in the three months to February" windows the
    # development gold writes as not-claims (before docs/gold-conventions.md "Spans of time"
    # ruled the window a figure is measured over a claim) are now predicted: 361/370 = 0.9757
    "value": 0.975,
    "approx": 0.975,
    "subject": 0.908,
    "source": 0.881,
    "source_kind": 0.948,
    # 0.8521 at 0.9.3 (caveats11: "may", "think twice", "initially" narrowed); 0.8804 at 0.71.0
    "caveats": 0.875,
    # 0.655 at 0.8.3 (subjects11): "The toll ... is nearly three times that figure" now names
    # "toll" (the gold subject), and the key rule reads a toll as a casualty count: 0.6630 -> 0.6603
    "key": 0.658,
}
RECALL_FLOORS = {
    "span": 0.918,
    "value": 0.970,
    "approx": 0.967,
    "subject": 0.910,
    "source": 0.888,
    "source_kind": 0.951,
    "caveats": 0.877,  # 0.8474 at 0.9.3 (caveats11); 0.8828 at 0.71.0
    "key": 0.656,
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


# Caveats scored one by one (issue 11's caveat targets): 149 right of 166 predicted, 210 gold
# at 0.4.2 (P 0.8976, R 0.7095); 161 right of 179 predicted at 0.4.8 (P 0.8994, R 0.7667);
# 165 right of 182 predicted at 0.5.7 (branch caveats8: P 0.9066, R 0.7857); 165 right of 176
# at 0.9.3 (caveats11: P 0.9375, R 0.7857).
CAVEAT_PRECISION_FLOOR = 0.932
CAVEAT_RECALL_FLOOR = 0.780


def test_development_corpus_caveats_one_by_one_stay_above_their_floors(corpus_report):
    assert corpus_report.caveat_precision >= CAVEAT_PRECISION_FLOOR
    assert corpus_report.caveat_recall >= CAVEAT_RECALL_FLOOR
