"""scripts/agreement.py: a second annotation is scored against the first like the extractor's
output, so two annotators' agreement reads on the same scale as the extractor's scores."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "agreement", Path(__file__).resolve().parent.parent / "scripts" / "agreement.py"
)
assert _SPEC is not None and _SPEC.loader is not None
agreement = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(agreement)


def _claim(start: int, text: str, **extra: object) -> dict[str, object]:
    return {
        "start": start,
        "end": start + len(text),
        "text": text,
        "value": 2,
        "approx": "exact",
        "subject": ["delegate", "seat"],
        "source": {"text": "the party", "kind": "named_org"},
        "caveats": [],
        **extra,
    }


def _write(folder: Path, doc: str, claims: list[dict[str, object]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    gold = {"doc": doc, "claims": claims, "not_claims": []}
    (folder / (doc.replace("/", "__") + ".json")).write_text(json.dumps(gold))
    return folder


def test_an_annotation_agrees_fully_with_itself(tmp_path: Path) -> None:
    first = _write(tmp_path / "a", "polnear/articles/x.txt", [_claim(10, "two"), _claim(40, "9")])
    report = agreement.agreement(first, first)
    assert report.record_accuracy == 1.0


def test_a_different_source_and_a_missing_claim_lower_the_agreement(tmp_path: Path) -> None:
    first = _write(tmp_path / "a", "polnear/articles/x.txt", [_claim(10, "two"), _claim(40, "9")])
    other = _claim(10, "two", source={"text": "", "kind": "none"})
    second = _write(tmp_path / "b", "polnear/articles/x.txt", [other])
    report = agreement.agreement(first, second)
    assert report.records.correct == 0
    assert len(report.misses) == 1
    assert report.as_dict()["fields"]["source"]["recall"] == 0.0


def test_the_second_annotators_first_subject_word_stands_for_the_prediction(
    tmp_path: Path,
) -> None:
    first = _write(tmp_path / "a", "polnear/articles/x.txt", [_claim(10, "two")])
    other = _claim(10, "two", subject=["seat", "delegate"])
    strict = _claim(10, "two", subject=["vote", "delegate"])
    second = _write(tmp_path / "b", "polnear/articles/x.txt", [other])
    third = _write(tmp_path / "c", "polnear/articles/x.txt", [strict])
    assert agreement.agreement(first, second).record_accuracy == 1.0
    assert agreement.agreement(first, third).record_accuracy == 0.0
    assert agreement.agreement(first, third, all_subject_words=True).record_accuracy == 1.0


def test_folders_with_no_article_in_common_are_an_error(tmp_path: Path) -> None:
    first = _write(tmp_path / "a", "polnear/articles/x.txt", [_claim(10, "two")])
    second = _write(tmp_path / "b", "polnear/articles/y.txt", [_claim(10, "two")])
    with pytest.raises(SystemExit, match="no article in common"):
        agreement.agreement(first, second)
