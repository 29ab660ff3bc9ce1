"""scripts/score_sets.py: extract outputs are paired with the gold by article, and the loss
breakdown counts misses, implied misses, wrong fields and false positives on not-claims."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from factcheck.evaluate import score_documents

_SPEC = importlib.util.spec_from_file_location(
    "score_sets", Path(__file__).resolve().parent.parent / "scripts" / "score_sets.py"
)
assert _SPEC is not None and _SPEC.loader is not None
score_sets = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(score_sets)


def _claim(start: int, end: int, text: str, **extra: object) -> dict[str, object]:
    return {
        "start": start,
        "end": end,
        "text": text,
        "value": 1,
        "approx": "exact",
        "subject": ["killed"],
        "source": {"text": "", "kind": "none"},
        "caveats": [],
        **extra,
    }


_GOLD = {
    "doc": "gva/articles/a.txt",
    "claims": [
        _claim(0, 5, "A man", implied=True),
        _claim(20, 23, "two", value=2, source={"text": "police", "kind": "named_org"}),
    ],
    "not_claims": [{"start": 40, "end": 42, "text": "34", "why": "age (descriptor)"}],
}


def test_predictions_are_keyed_by_the_gold_name_of_their_article(tmp_path: Path) -> None:
    for name in ("gva", "polnear", "local"):
        claims = [{"doc": f"{name}.txt", "start": 0, "end": 1}]
        (tmp_path / f"{name}.jsonl").write_text("".join(json.dumps(c) + "\n" for c in claims))
    predictions = score_sets.load_predictions(tmp_path)
    assert set(predictions) == {"gva/articles/gva.txt", "polnear/articles/polnear.txt", "local.txt"}


def test_breakdown_counts_implied_misses_wrong_fields_and_not_claim_hits() -> None:
    predictions = [
        {**_claim(20, 23, "two", value=2), "doc": "a.txt"},  # source wrong
        {**_claim(40, 42, "34", value=34), "doc": "a.txt"},  # an age taken as a claim
    ]
    report = score_documents([(_GOLD, predictions)])
    lines = score_sets.breakdown(report, [_GOLD])
    assert lines[0] == "wrong fields {'source': 1}"
    assert lines[1] == "missed implied 1 of 1, missed explicit 0 of 1"
    assert lines[2] == "false positives on annotated not-claims 1 of 1: {'age': 1}"
    assert "A man" not in "".join(lines)  # counts only: no text of a claim
