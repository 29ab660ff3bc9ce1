"""Score each commit of a branch alone on the blind sets, as totals only.

    .venv/bin/python scripts/score_sets.py extract BASE_OUT     # on the branch's base
    .venv/bin/python scripts/score_sets.py extract BRANCH_OUT   # on the branch's tip
    .venv/bin/python scripts/blind_commits.py BASE_OUT BRANCH_OUT COMMIT [COMMIT ...]

The blind documents are those of the held-out and check real sets and of the wire checks
(``score_sets.HELD_OUT``, ``CHECK``, ``WIRE_CHECK``). Only those whose claims differ between
BASE_OUT and BRANCH_OUT are re-extracted: for each COMMIT in turn (oldest first, so each line is
the branch up to that commit), in a temporary git worktree, its extractor runs on them and its
claims replace BASE_OUT's. One line per commit gives the records right, the records scored and
the caveat precision and recall of each blind group, so a commit that costs a blind record
shows by itself. No claim, sentence or document name is printed (docs/extraction.md, roles of
the sets).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

_SPEC = importlib.util.spec_from_file_location("score_sets", ROOT / "scripts" / "score_sets.py")
assert _SPEC is not None and _SPEC.loader is not None
score_sets = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(score_sets)

Predictions = dict[str, list[dict[str, Any]]]


def blind_groups() -> dict[str, list[dict[str, Any]]]:
    sets = score_sets.load_gold_sets()
    wires = score_sets.load_wire_sets()
    read = {gold["doc"] for number in score_sets.TUNING for gold in sets[number]}
    return {
        "held out": [g for n in score_sets.HELD_OUT for g in sets[n]],
        "checks unread": [g for n in score_sets.CHECK for g in sets[n] if g["doc"] not in read],
        "wire checks": [g for n in score_sets.WIRE_CHECK for g in wires[n]],
    }


def changed_documents(base: Predictions, branch: Predictions, groups: dict[str, list]) -> list[str]:
    docs = {gold["doc"] for golds in groups.values() for gold in golds}
    return sorted(doc for doc in docs if base.get(doc, []) != branch.get(doc, []))


def _article(doc: str) -> tuple[Path, str]:
    """The file of a gold document name, and the prefix its claims' ``doc`` gets."""
    for prefix in ("gva/articles/", "polnear/articles/"):
        if doc.startswith(prefix):
            return CORPUS / doc, prefix
    return next((ROOT / "tests").glob(f"wire*/articles/{doc}")), ""


def extract_at(commit: str, docs: list[str]) -> Predictions:
    """The claims of ``commit``'s extractor on ``docs``, keyed as ``score_sets`` keys them."""
    predictions: Predictions = {doc: [] for doc in docs}
    articles = [_article(doc) for doc in docs]
    with tempfile.TemporaryDirectory(prefix="blind-") as scratch:
        tree = Path(scratch) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit],
            check=True,
        )
        try:
            env = {**os.environ, "PYTHONPATH": str(tree)}
            for prefix in ("gva/articles/", "polnear/articles/", ""):
                files = [str(path) for path, pre in articles if pre == prefix]
                if not files:
                    continue
                run = subprocess.run(
                    [sys.executable, "-m", "factcheck", "extract", *files],
                    cwd=tree,
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                for line in run.stdout.splitlines():
                    claim = json.loads(line)
                    predictions.setdefault(prefix + claim["doc"], []).append(claim)
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
            )
    return predictions


def totals(label: str, predictions: Predictions, groups: dict[str, list]) -> str:
    parts = []
    for name, golds in groups.items():
        report = score_sets.score(predictions, golds)
        scored = report.n_gold + len(report.false_positives)
        parts.append(
            f"{name} {report.records.correct}/{scored} "
            f"caveats {report.caveat_precision:.3f}/{report.caveat_recall:.3f}"
        )
    return f"{label:12s} " + " | ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="score_sets.py extract output of the base")
    parser.add_argument("branch", type=Path, help="score_sets.py extract output of the branch tip")
    parser.add_argument("commits", nargs="+", help="the branch's commits, oldest first")
    args = parser.parse_args(argv)
    groups = blind_groups()
    base = score_sets.load_predictions(args.base)
    docs = changed_documents(base, score_sets.load_predictions(args.branch), groups)
    print(f"{len(docs)} blind documents changed")
    print(totals("base", base, groups), flush=True)
    for commit in args.commits if docs else []:
        print(totals(commit[:10], {**base, **extract_at(commit, docs)}, groups), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
