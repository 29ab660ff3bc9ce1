import copy
import json

import pytest

from factcheck.evaluate import match_subject, score_documents
from tests.conftest import GOLD, SEEDS

SEED_GOLD = json.loads((GOLD / "blinken-gaza-pauses.json").read_text(encoding="utf-8"))


def as_prediction(gold_claim):
    """A prediction that copies a gold claim, subject written as a phrase."""
    pred = copy.deepcopy(gold_claim)
    pred["subject"] = " ".join(gold_claim["subject"])
    return pred


def test_perfect_predictions_score_one():
    report = score_documents([(SEED_GOLD, [as_prediction(c) for c in SEED_GOLD["claims"]])])
    assert report.record_accuracy == 1.0
    assert report.as_dict()["fields"]["caveats"] == {"precision": 1.0, "recall": 1.0}


def test_wrong_caveat_costs_the_caveat_field_and_the_record():
    preds = [as_prediction(c) for c in SEED_GOLD["claims"]]
    preds[0]["caveats"] = []
    report = score_documents([(SEED_GOLD, preds)])
    scores = report.as_dict()["fields"]
    assert scores["caveats"]["recall"] == pytest.approx(6 / 7, abs=1e-4)
    assert scores["value"]["recall"] == 1.0
    assert report.record_accuracy == pytest.approx(6 / 7)


def test_caveats_are_scored_one_by_one_over_all_gold_and_all_predicted_caveats():
    preds = [as_prediction(c) for c in SEED_GOLD["claims"]]
    n_gold = sum(len(c["caveats"]) for c in SEED_GOLD["claims"])
    with_caveats = [i for i, c in enumerate(SEED_GOLD["claims"]) if c["caveats"]]
    without = [i for i, c in enumerate(SEED_GOLD["claims"]) if not c["caveats"]]
    preds[with_caveats[0]]["caveats"] = preds[with_caveats[0]]["caveats"][1:]  # one missed
    preds[without[0]]["caveats"] = ["disputed"]  # one given wrongly
    report = score_documents([(SEED_GOLD, preds)])
    assert report.caveats_gold == n_gold
    assert report.caveat_recall == pytest.approx((n_gold - 1) / n_gold)
    assert report.caveat_precision == pytest.approx((n_gold - 1) / n_gold)


def test_false_positive_on_a_not_claim_is_reported():
    preds = [as_prediction(c) for c in SEED_GOLD["claims"]]
    preds.append({"start": 90, "end": 93, "text": "247", "value": 247, "approx": "exact"})
    report = score_documents([(SEED_GOLD, preds)])
    assert len(report.false_positives) == 1
    assert report.not_claim_hits[0]["why"] == "part of a name"
    assert report.record_accuracy == pytest.approx(7 / 8)


def test_missing_claim_lowers_recall_not_precision():
    preds = [as_prediction(c) for c in SEED_GOLD["claims"][1:]]
    scores = score_documents([(SEED_GOLD, preds)]).as_dict()["fields"]
    assert scores["record"] == {"precision": 1.0, "recall": pytest.approx(6 / 7, abs=1e-4)}


@pytest.mark.parametrize(
    ("predicted", "gold", "ok"),
    [
        ("hostages", ["hostage"], True),
        ("main agenda items", ["item", "agenda"], True),
        ("Americans", ["american"], True),
        ("death count", ["death", "toll"], True),
        ("casualties", ["casualty"], True),
        ("Democrats", ["hostage"], False),
        ("", ["people"], False),
        ("eligible voters", ["eligible voters", "turnout"], True),
        ("Female troops", ["Female troops", "Clinton"], True),
        ("eligible Republican voters", ["eligible voters"], False),
        ("voters", ["eligible voters"], False),
    ],
)
def test_subject_matches_any_gold_word_with_plurals_folded(predicted, gold, ok):
    assert match_subject(predicted, gold) is ok


@pytest.mark.parametrize(("d_start", "d_end"), [(1, 0), (0, -1), (-1, 0), (0, 1)])
def test_span_off_by_one_character_costs_the_span_field_only(d_start, d_end):
    preds = [as_prediction(c) for c in SEED_GOLD["claims"]]
    preds[0]["start"] += d_start
    preds[0]["end"] += d_end
    report = score_documents([(SEED_GOLD, preds)])
    assert report.n_matched == 7
    assert report.fields["span"].correct == 6
    assert report.fields["value"].correct == 7
    assert report.record_accuracy == 1.0


def _gold_with_an_implied_count():
    """The seed gold plus an implied count on its first five characters (no claim is there)."""
    gold = copy.deepcopy(SEED_GOLD)
    text = (SEEDS / gold["doc"]).read_text(encoding="utf-8")
    gold["claims"].append(
        {
            "start": 0,
            "end": 5,
            "text": text[:5],
            "value": 1,
            "approx": "exact",
            "subject": ["killed"],
            "key": False,
            "source": {"text": "", "kind": "none"},
            "caveats": [],
            "implied": True,
        }
    )
    return gold


def test_an_implied_count_no_gold_claim_matches_is_left_out_of_precision():
    gold = _gold_with_an_implied_count()
    preds = [as_prediction(c) for c in gold["claims"]]
    stray = {"start": 20, "end": 25, "text": "x", "value": 1, "approx": "exact", "implied": True}
    report = score_documents([(gold, [*preds, stray])])
    assert report.n_pred == len(gold["claims"])
    assert report.false_positives == []
    assert report.as_dict()["fields"]["record"]["precision"] == 1.0


def test_an_implied_count_the_gold_annotates_is_scored_like_any_claim():
    gold = _gold_with_an_implied_count()
    preds = [as_prediction(c) for c in gold["claims"]]
    preds[-1]["value"] = 2  # the implied count, wrong
    report = score_documents([(gold, preds)])
    assert report.n_pred == len(gold["claims"])
    assert report.as_dict()["fields"]["value"]["precision"] < 1.0


def test_a_stray_explicit_figure_still_costs_precision_where_implied_counts_are_annotated():
    gold = _gold_with_an_implied_count()
    preds = [as_prediction(c) for c in gold["claims"]]
    preds.append({"start": 20, "end": 25, "text": "x", "value": 1, "approx": "exact"})
    report = score_documents([(gold, preds)])
    assert len(report.false_positives) == 1
