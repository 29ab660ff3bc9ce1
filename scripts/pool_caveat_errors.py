"""Pool every caveat error (false and missed) of `factcheck eval` outputs across tuning sets.

usage: python scripts/pool_caveat_errors.py OUT_DIR NAME=GOLD_DIR[=ARTICLE_DIR] ...

OUT_DIR holds NAME.txt, the saved output of `factcheck eval GOLD_DIR ARTICLE_DIR` for each set
(ARTICLE_DIR defaults to ../shared/corpus). One line per caveat kind that differs: FALSE or
MISS, the kind, a tag (SRC: the source or its kind is wrong, MISSFIG: the figure is missed;
neither is caveat work), the set, claim, cue, gold and predicted source, then the sentence.
Never run it on held-out sets: it prints their errors.
"""

from __future__ import annotations

import ast
import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path

_WRONG = re.compile(r"wrong ([\w,]+): (\S+):(\d+) '(.*?)' gold=(\{.*\}) pred=(\{.*\})$")
_MISSED = re.compile(r"missed: (\S+):(\d+) '(.*)'$")
_ENUM = re.compile(r"<\w+\.\w+: ('[^']*')>")


def _sentence(path: Path, start: int) -> str:
    try:
        text = path.read_text()
    except OSError:
        return ""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    end = text.find(". ", start)
    end = len(text) if end < 0 else end
    return text[begin : end + 1].strip().replace("\n", " ")[:260]


def _cue(pred: dict, kind: str) -> str:
    return next(c["text"] for c in pred["caveats"] if c["kind"] == kind)


def _rows(where: tuple, sources: tuple, tag: str, items: list, sentence: str) -> list[tuple]:
    name, doc, start, text = where
    return [
        (error, kind, tag, name, doc, start, text, cue, *sources, sentence)
        for error, kind, cue in items
    ]


def _pool(out_dir: Path, name: str, gold_dir: Path, article_dir: Path) -> list[tuple]:
    gold = {}
    for file in glob.glob(str(gold_dir / "*.json")):
        record = json.loads(Path(file).read_text())
        for claim in record.get("claims", []):
            gold[(record["doc"], claim["start"])] = claim
    rows = []
    for line in (out_dir / f"{name}.txt").read_text().splitlines():
        match = _WRONG.match(line)
        if match:
            fields = match.group(1).split(",")
            doc, start, text = match.group(2), int(match.group(3)), match.group(4)
            gold_claim = ast.literal_eval(match.group(5))
            pred = ast.literal_eval(_ENUM.sub(r"\1", match.group(6)))
            gold_kinds = set(gold_claim["caveats"])
            pred_kinds = {c["kind"] for c in pred["caveats"]}
            tag = "SRC" if {"source", "source_kind"} & set(fields) else ""
            items = [("FALSE", k, _cue(pred, k)) for k in sorted(pred_kinds - gold_kinds)]
            items += [("MISS", k, "") for k in sorted(gold_kinds - pred_kinds)]
            where = (name, doc, start, text)
            sources = (gold_claim["source"], pred["source"])
            rows += _rows(where, sources, tag, items, _sentence(article_dir / doc, start))
            continue
        match = _MISSED.match(line)
        claim = match and gold.get((match.group(1), int(match.group(2))))
        if match and claim and claim.get("caveats"):
            doc, start = match.group(1), int(match.group(2))
            items = [("MISS", k, "") for k in claim["caveats"]]
            where = (name, doc, start, match.group(3))
            sentence = _sentence(article_dir / doc, start)
            rows += _rows(where, (claim["source"], {}), "MISSFIG", items, sentence)
    return rows


def main(argv: list[str]) -> None:
    out_dir = Path(argv[0])
    rows = []
    for spec in argv[1:]:
        name, gold_dir, *rest = spec.split("=")
        article_dir = Path(rest[0]) if rest else Path("../shared/corpus")
        rows += _pool(out_dir, name, Path(gold_dir), article_dir)
    for error, kind, tag, name, doc, start, text, cue, gold_src, pred_src, sentence in rows:
        print(
            f"{error:5} {kind:26} {tag:7} {name:10} {doc.split('/')[-1][:38]}:{start} "
            f"{text[:30]!r} cue={cue!r} gold_src={gold_src.get('text', '')[:30]!r}/"
            f"{gold_src.get('kind', '')} pred_src={pred_src.get('text', '')[:30]!r}/"
            f"{pred_src.get('kind', '')}\n      | {sentence}"
        )
    counts = Counter((r[0], r[2] or "caveat rule", r[3]) for r in rows)
    for key, count in sorted(counts.items()):
        print(*key, count)


if __name__ == "__main__":
    main(sys.argv[1:])
