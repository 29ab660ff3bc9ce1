"""A run's report as a fact-checker reads it: the flagged claims table and a summary."""

from __future__ import annotations

from typing import Any

from factcheck.store import RunReport

TOP_CLAIMS = 10


def render_table(report: RunReport) -> list[dict[str, Any]]:
    """Rows of the run's flagged claims, highest priority first."""
    return [
        {
            "claim": row["text"],
            "value": row["value"],
            "subject": row["subject"],
            "source": row["source_text"] or "(none)",
            "source_kind": row["source_kind"],
            "caveats": ", ".join(row["caveat_kinds"]),
            "reasons": "; ".join(row["flag_reasons"]),
            "priority": row["priority"],
            "doc": row["doc"],
        }
        for row in _rows(report)
    ]


def render_summary(report: RunReport) -> str:
    """Markdown: documents read/skipped/failed, claims found/flagged, top flagged with links."""
    lines = [
        f"# factcheck run {report.run_id}",
        "",
        "| documents read | new or changed | unchanged (not parsed) | failed | claims | flagged |",
        "|---|---|---|---|---|---|",
        f"| {report.n_documents} | {report.n_changed} | {report.n_unchanged} "
        f"| {report.n_failed} | {report.n_claims} | {report.n_flagged} |",
        "",
    ]
    if report.n_documents and not report.n_changed and not report.n_failed:
        lines += ["Nothing new: every source was unchanged, so nothing was parsed.", ""]
    rows = _rows(report)[:TOP_CLAIMS]
    if rows:
        lines += ["## Top flagged claims", ""]
        for row in rows:
            source = row["source_text"] or "no source"
            reasons = "; ".join(row["flag_reasons"])
            lines.append(
                f"- **{_escape(row['text'])}** ({_escape(row['subject'])}), "
                f"{_escape(source)}: {_escape(reasons)}. In {_link(row)}"
            )
        lines.append("")
    if report.failures:
        lines += ["## Failed sources", ""]
        lines += [f"- `{source}`: {_escape(reason)}" for source, reason in report.failures]
    return "\n".join(lines)


def _rows(report: RunReport) -> list[dict[str, Any]]:
    flagged = report.flagged
    return [dict(zip(flagged.columns, row, strict=True)) for row in flagged.rows]


def _link(row: dict[str, Any]) -> str:
    source = str(row.get("doc_source") or row["doc"])
    title = _escape(str(row.get("title") or row["doc"]))
    if source.startswith(("http://", "https://")):
        return f"[{title}]({source})"
    return f"{title} (`{source}`)"


def _escape(text: str) -> str:
    return str(text).replace("|", "\\|").replace("*", "\\*").replace("[", "\\[")
