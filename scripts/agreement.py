"""Score one annotation of a gold set against another: how far two annotators agree.

    .venv/bin/python scripts/agreement.py tests/realgold30 tests/agreement/realgold30b

Each claim of the second annotation is taken as a prediction and scored against the first with
``factcheck.evaluate`` (the scorer of ``factcheck eval``), so the numbers read like the
extractor's: span, value, approx, subject, source and caveat-kind precision/recall and the
full-record accuracy. A prediction's subject is the second annotator's first subject word (the
gold lists synonyms; the extractor predicts one phrase); ``--all-subject-words`` joins them all.
Only articles both folders annotate are scored. It measures the ceiling a scorer can reward:
where annotators disagree, no extractor can be right for both.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.evaluate import Report, find_gold_paths, read_gold, score_documents  # noqa: E402


def as_predictions(gold: Mapping[str, Any], all_subject_words: bool) -> list[dict[str, Any]]:
    """The claims of one annotation as extractor-style records."""
    records = []
    for claim in gold["claims"]:
        subject = list(claim.get("subject") or [""])
        records.append({**claim, "subject": " ".join(subject) if all_subject_words else subject[0]})
    return records


def agreement(first: Path, second: Path, all_subject_words: bool = False) -> Report:
    """Score the annotation in ``second`` against the one in ``first``, article by article."""
    by_doc = {g["doc"]: g for g in map(read_gold, find_gold_paths(first))}
    pairs = []
    for other in map(read_gold, find_gold_paths(second)):
        if other["doc"] in by_doc:
            pairs.append((by_doc[other["doc"]], as_predictions(other, all_subject_words)))
    if not pairs:
        raise SystemExit(f"{second}: no article in common with {first}")
    return score_documents(pairs)


def summary(report: Report) -> str:
    """One line: full record, then P/R of each field and of the caveat kinds."""
    data = report.as_dict()
    fields = data["fields"]
    parts = [
        f"claims {report.n_gold}/{report.n_pred}",
        f"record {report.record_accuracy:.4f} "
        f"({report.records.correct}/{report.n_gold + len(report.false_positives)})",
    ]
    for name in ("span", "value", "approx", "subject", "source"):
        parts.append(f"{name} P/R {fields[name]['precision']:.2f}/{fields[name]['recall']:.2f}")
    kinds = data["caveat_kinds"]
    parts.append(f"caveat kinds P/R {kinds['precision']:.2f}/{kinds['recall']:.2f}")
    return "  ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="folder of the first annotation (the gold)")
    parser.add_argument("second", type=Path, help="folder of the second annotation")
    parser.add_argument("--all-subject-words", action="store_true")
    args = parser.parse_args(argv)
    print(summary(agreement(args.first, args.second, args.all_subject_words)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
