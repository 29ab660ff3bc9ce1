"""What the `factcheck` commands print: the flagged claims as a table, the eval report as text,
and records as JSON lines ("factcheck extract a.txt > pred.jsonl").

Split from ``cli.py``; the library never prints (STYLE), so its results are formatted here.
DuckDB values (timestamps, decimals) are made JSON-safe as strings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

from factcheck.report import render_rows
from factcheck.store import QueryResult
from factcheck.table import format_table

if TYPE_CHECKING:
    from factcheck.evaluate import Report


def format_flagged(flagged: QueryResult) -> str:
    """The flagged claims as a text table, document first; empty if there are none."""
    rows = render_rows(flagged)
    if not rows:
        return ""
    columns = [c for c in rows[0] if c != "doc"]
    return format_table(["doc", *columns], [[r["doc"], *(r[c] for c in columns)] for r in rows])


def format_report(report: Report) -> str:
    """Return the eval report as text: counts, per-field table, full-record accuracy."""
    from factcheck.evaluate import FIELDS

    scores = report.as_dict()["fields"]
    rows = [
        (name, f"{scores[name]['precision']:.2f}", f"{scores[name]['recall']:.2f}")
        for name in (*FIELDS, "record")
    ]
    lines = [
        f"gold claims {report.n_gold}  predicted {report.n_pred}  matched {report.n_matched}  "
        f"false positives {len(report.false_positives)}  "
        f"not-claims predicted {len(report.not_claim_hits)}  missed {len(report.misses)}",
        format_table(("field", "precision", "recall"), rows),
        f"full-record accuracy {report.record_accuracy:.2f}",
        f"caveats one by one: precision {report.caveat_precision:.2f}  recall "
        f"{report.caveat_recall:.2f}  ({report.caveats_right} right of {report.caveats_predicted} "
        f"predicted, {report.caveats_gold} in gold)",
    ]
    for fp in report.false_positives:
        lines.append(f"false positive: {fp['doc']}:{fp['start']} {fp['text']!r}")
    for miss in report.misses:
        lines.append(f"missed: {miss['doc']}:{miss['start']} {miss['text']!r}")
    for error in report.errors:
        lines.append(
            f"wrong {','.join(error['wrong'])}: {error['doc']}:{error['start']} "
            f"{error['text']!r} gold={error['gold']} pred={error['pred']}"
        )
    return "\n".join(lines)


def records_for_json(records: list[dict[str, object]]) -> list[dict[str, object]]:
    """Make DuckDB values (timestamps, decimals) JSON-safe."""
    return [json.loads(json.dumps(r, default=str)) for r in records]


def write_jsonl(records: Iterable[dict[str, Any]], fp: IO[str]) -> int:
    """Write one JSON object per line; return how many were written."""
    count = 0
    for record in records:
        fp.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
