"""Reads for people: the review queue, one article with its claims, and the store's status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import StoreError
from factcheck.store.db import QueryResult, connect
from factcheck.store.runs import read_flagged


def read_review_queue(
    path: Path,
    *,
    limit: int = 25,
    sources: Sequence[str] | None = None,
    lock_timeout: float | None = None,
) -> QueryResult:
    """The top flagged claims of the whole database (or of articles read from under
    ``sources``): what a fact-checker should check next."""
    if not path.is_file():
        return QueryResult(columns=[], rows=[])
    with connect(path, read_only=True, lock_timeout=lock_timeout) as con:
        return read_flagged(con, sources=sources, limit=limit)


def read_document(
    path: Path, doc: str, *, lock_timeout: float | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Return one stored article and its claims, found by file name, path, URL or doc_id.

    Raises:
        StoreError: if no stored article matches, or several do.
    """
    if not path.is_file():
        raise StoreError(f"{path}: no database yet; run `factcheck run` first")
    wanted = [doc, str(Path(doc).resolve())]
    with connect(path, read_only=True, lock_timeout=lock_timeout) as con:
        cursor = con.execute(
            'SELECT doc_id, doc, source, title, published, "text" FROM documents '
            "WHERE doc_id = ? OR list_contains(?, doc) OR list_contains(?, source) "
            "ORDER BY updated_at DESC",
            [doc, wanted, wanted],
        )
        columns = [d[0] for d in cursor.description]
        found = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        if not found:
            raise StoreError(f"{doc}: no such article in {path} (give its file name, path or URL)")
        if len(found) > 1:
            sources = ", ".join(d["source"] for d in found[:3])
            raise StoreError(
                f"{doc}: {len(found)} stored articles match ({sources}); give the path"
            )
        cursor = con.execute(
            'SELECT "start", "end", "text", subject, status, flagged, source_text, source_kind, '
            'caveats, flag_reasons, claim_id FROM claims WHERE doc_id = ? ORDER BY "start"',
            [found[0]["doc_id"]],
        )
        columns = [d[0] for d in cursor.description]
        claims = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    return found[0], claims


@dataclass(frozen=True)
class StoreStatus:
    """Counts of what the database holds, and its last run."""

    path: Path
    n_documents: int
    n_claims: int
    n_flagged: int
    last_run: dict[str, Any] | None


def read_status(path: Path, *, lock_timeout: float | None = None) -> StoreStatus:
    """Count documents, claims and flagged claims, and read the last run.

    Raises:
        StoreError: if the file exists but cannot be opened.
    """
    if not path.is_file():
        return StoreStatus(path, 0, 0, 0, None)
    with connect(path, read_only=True, lock_timeout=lock_timeout) as con:
        counts = con.execute(
            "SELECT (SELECT count(*) FROM documents), count(*), count(*) FILTER (WHERE flagged) "
            "FROM claim_rows"
        ).fetchone()
        cursor = con.execute(
            "SELECT run_id, flow_run_id, started_at, finished_at, paths, status, n_documents, "
            "n_changed, n_claims, n_flagged, n_failed FROM runs ORDER BY started_at DESC LIMIT 1"
        )
        row = cursor.fetchone()
        columns = [d[0] for d in cursor.description]
    assert counts is not None  # an aggregate always returns one row
    last = dict(zip(columns, row, strict=True)) if row else None
    return StoreStatus(path, int(counts[0]), int(counts[1]), int(counts[2]), last)
