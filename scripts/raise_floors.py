"""Raise the per-set record floors of the quality tests to what an extraction scores.

    .venv/bin/python scripts/score_sets.py extract OUT
    .venv/bin/python scripts/raise_floors.py OUT [--write]

Each floor in ``tests/extract/test_real_quality.py`` (``"realgoldN": 0.xyz,``) and
``tests/extract/test_wire_quality.py`` (``"wireX": 0.xyz,``) becomes the set's full-record
accuracy in OUT less 0.005, rounded down to three decimals, where that is higher: floors only
rise. A set scoring below its floor is reported, never lowered (a lowered floor is a decision
for a commit message, docs/extraction.md). Prints one line per change; ``--write`` edits the
files. Only per-set numbers are printed, the measure the tests assert.
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR_FILES = (
    ROOT / "tests" / "extract" / "test_real_quality.py",
    ROOT / "tests" / "extract" / "test_wire_quality.py",
)
_FLOOR_RE = re.compile(r'"((?:realgold|wire)\w*)": ([0-9.]+),')
MARGIN = 0.005


def floor_for(score: float) -> float:
    """The floor a set scoring ``score`` gets: 0.005 below, rounded down to 3 decimals."""
    return math.floor(round((score - MARGIN) * 1000, 6)) / 1000


def raise_floors(text: str, scores: dict[str, float]) -> tuple[str, list[str]]:
    """``text`` with every floor of a scored set raised where its score allows, and the changes."""
    changes: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name, old = match.group(1), float(match.group(2))
        if name not in scores:
            return match.group(0)
        new = floor_for(scores[name])
        if new > old:
            changes.append(f"{name} {old:.3f} -> {new:.3f} (score {scores[name]:.4f})")
            return f'"{name}": {new:.3f},'
        if scores[name] < old:
            changes.append(f"{name} BELOW its floor {old:.3f} (score {scores[name]:.4f})")
        return match.group(0)

    return _FLOOR_RE.sub(replace, text), changes


def set_scores(out: Path) -> dict[str, float]:
    """Full-record accuracy of every real and wire gold set on the extraction in ``out``."""
    spec = importlib.util.spec_from_file_location("score_sets", ROOT / "scripts" / "score_sets.py")
    assert spec is not None and spec.loader is not None
    score_sets = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score_sets)
    predictions = score_sets.load_predictions(out)
    scores = {
        f"realgold{number}": score_sets.score(predictions, golds).record_accuracy
        for number, golds in score_sets.load_gold_sets().items()
    }
    for name, golds in score_sets.load_wire_sets().items():
        scores[name] = score_sets.score(predictions, golds).record_accuracy
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="a folder written by score_sets.py extract")
    parser.add_argument("--write", action="store_true", help="edit the test files")
    args = parser.parse_args(argv)
    if not (args.out / "polnear.jsonl").is_file():
        print(
            f"error: {args.out}: no polnear.jsonl (run score_sets.py extract first)",
            file=sys.stderr,
        )
        return 2
    scores = set_scores(args.out)
    for path in FLOOR_FILES:
        text, changes = raise_floors(path.read_text(encoding="utf-8"), scores)
        for change in changes:
            print(f"{path.name} {change}")
        if args.write:
            path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
