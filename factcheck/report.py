"""A run's report as a fact-checker reads it: the flagged claims table and a summary."""

from __future__ import annotations

from typing import Any

from factcheck.store import QueryResult, RunReport

TOP_CLAIMS = 10
# The review queue is read at 1400 px: a sentence is cut to this many characters either side
# of its figure, and at most two reasons are shown, the specific ones first.
CONTEXT_CHARS = 90
MAX_REASONS = 2


def render_table(report: RunReport) -> list[dict[str, Any]]:
    """Rows of the run's flagged claims, highest priority first."""
    return render_rows(report.flagged)


def render_rows(flagged: QueryResult) -> list[dict[str, Any]]:
    """Rows of flagged claims as a reader sees them: claim, value, subject, source, reasons."""
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
        for row in _dicts(flagged)
    ]


def describe_sources(
    paths: list[str] | None, feeds: list[str] | None = None, feeds_file: str | None = None
) -> str:
    """What a run reads, in a few words: its flow run name and summary title.

    A feeds run is named after its feeds (or their list file), never after the default paths.
    """
    sources = (
        list(paths or []) + list(feeds or []) + ([f"feeds in {feeds_file}"] if feeds_file else [])
    )
    if not sources:
        sources = ["seeds"] if paths is None else ["nothing"]
    more = f" +{len(sources) - 2} more" if len(sources) > 2 else ""
    return ", ".join(sources[:2]) + more


def render_summary(report: RunReport, *, label: str = "") -> str:
    """Markdown: documents read/skipped/failed, claims found/flagged, top flagged with links."""
    lines = [
        f"# factcheck: {label or report.run_id}",
        "",
        f"Run `{report.run_id}`.",
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


def render_review_queue(flagged: QueryResult) -> str:
    """Markdown: the claims to check first, each in its sentence with the figure marked.

    Each claim is one numbered item whose parts come in the order a reader needs them: the
    claim in its sentence, why it is flagged, who says it, the article (a link to its URL, or
    its file path) and its date. Not a table: the Prefect UI does not wrap table cells, so a
    table with sentences scrolls sideways at 1400 px (checked in a browser).
    """
    lines = [
        "Top flagged claims across the whole database, highest priority first (key figures, "
        "caveats, no source). See a claim in its article with `factcheck show DOC`.",
        "",
    ]
    for number, row in enumerate(_dicts(flagged), 1):
        source = row["source_text"] or "no source"
        date = f" · {row['published']}" if row["published"] else ""
        lines += [
            f"{number}. {mark_in_sentence(row['sentence'] or '', row['text'])}",
            f"    - *why:* {_escape('; '.join(row['flag_reasons'][:MAX_REASONS]))}",
            f"    - *source:* {_escape(source)} ({row['source_kind']}) · *article:* "
            f"{_link(row)}{date}",
        ]
    return "\n".join(lines)


def mark_in_sentence(sentence: str, figure: str, *, context: int = CONTEXT_CHARS) -> str:
    """The sentence, cut to ``context`` characters around the figure, with the figure in bold."""
    at = sentence.find(figure)
    if at == -1:
        return f"**{_escape(figure)}**"
    before, after = sentence[:at], sentence[at + len(figure) :]
    if len(before) > context:
        before = "…" + before[-context:].split(" ", 1)[-1]
    if len(after) > context:
        after = after[:context].rsplit(" ", 1)[0] + "…"
    return f"{_escape(before)}**{_escape(figure)}**{_escape(after)}"


def _rows(report: RunReport) -> list[dict[str, Any]]:
    return _dicts(report.flagged)


def _dicts(result: QueryResult) -> list[dict[str, Any]]:
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


def _link(row: dict[str, Any]) -> str:
    source = str(row.get("doc_source") or row["doc"])
    title = _escape(str(row.get("title") or row["doc"]))
    if source.startswith(("http://", "https://")):
        return f"[{title}]({source})"
    return f"{title} (`{source}`)"


def _escape(text: str) -> str:
    return str(text).replace("|", "\\|").replace("*", "\\*").replace("[", "\\[")
