"""Verification's DuckDB side: record reviews, load references, the writer entry points.

Reference files are read and stored by ``load``; stored claims are checked by ``check``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from factcheck.errors import ReviewError
from factcheck.store.db import transaction
from factcheck.verify.check import CheckReport, check_claims, check_documents, read_check_report
from factcheck.verify.load import (
    LoadReport,
    now_utc,
    open_writer,
    read_reference_files,
    save_reference_rows,
)

__all__ = ["CheckReport", "check_claims", "check_documents", "read_check_report"]

VERDICTS = ("accurate", "inaccurate", "misleading", "unverifiable")


def save_review(
    con: duckdb.DuckDBPyConnection,
    claim_id: str,
    *,
    verdict: str,
    note: str,
    evidence: str,
    reviewer: str,
) -> str:
    """Append a person's verdict on a claim; return the review id.

    Raises:
        ReviewError: if the verdict is not allowed or no stored claim has this id.
    """
    if verdict not in VERDICTS:
        raise ReviewError(f"verdict {verdict!r}: use one of {', '.join(VERDICTS)}")
    found = con.execute(
        "SELECT claim_id FROM claim_rows WHERE claim_id = ? OR claim_id LIKE ? || '%'",
        [claim_id, claim_id],
    ).fetchall()
    if len(found) != 1:
        problem = "no stored claim" if not found else f"{len(found)} claims"
        raise ReviewError(f"claim {claim_id!r}: {problem} with this id")
    full_id = found[0][0]
    now = now_utc()
    review_id = hashlib.sha1(f"{full_id}|{now.isoformat()}|{reviewer}".encode()).hexdigest()
    con.execute(
        "INSERT INTO claim_reviews VALUES (?, ?, ?, ?, ?, ?, ?)",
        [review_id, full_id, verdict, note, evidence, reviewer, now],
    )
    return review_id


def read_reviewed(
    con: duckdb.DuckDBPyConnection, *, since: date | None = None
) -> list[dict[str, Any]]:
    """Return the reviewed claims (latest verdict each) with their article, for export."""
    cursor = con.execute(
        """
        SELECT c.claim_id, c.doc, c."text", c.subject, c.source_text, c.source_kind,
            r.verdict, r.note, r.evidence, r.reviewer, r.reviewed_at,
            d.title, d.published, coalesce(d.url, d.source) AS doc_url, d.publisher,
            substr(d."text", greatest(c."start" - 120, 1), c."end" - c."start" + 240) AS context
        FROM latest_reviews r
        JOIN claim_rows c ON c.claim_id = r.claim_id
        JOIN documents d ON d.doc_id = c.doc_id
        WHERE ? IS NULL OR r.reviewed_at >= ?
        ORDER BY r.reviewed_at, c.claim_id
        """,
        [since, since],
    )
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def load_reference(
    path: Path, sources: Sequence[str | Path], *, recheck: bool = True
) -> tuple[LoadReport, CheckReport | None]:
    """Read every reference file first (a bad one stops everything), then store and recheck.

    Raises:
        ReferenceDataError: for a bad file, before anything is written.
        StoreError: if the database cannot be written.
    """
    rows = read_reference_files(sources)
    with open_writer(path) as con:
        with transaction(con):
            n_new = save_reference_rows(con, rows)
        report = check_claims(con) if recheck else None
    files = tuple(dict.fromkeys(r.file for r in rows))
    return LoadReport(files=files, n_rows=len(rows), n_new=n_new), report


def recheck(
    path: Path, *, references: Sequence[str | Path] = ()
) -> tuple[LoadReport | None, CheckReport]:
    """Reload reference files (when given) and check every stored claim again."""
    rows = read_reference_files(references) if references else []
    with open_writer(path) as con:
        loaded = None
        if references:
            with transaction(con):
                n_new = save_reference_rows(con, rows)
            loaded = LoadReport(tuple(dict.fromkeys(r.file for r in rows)), len(rows), n_new)
        return loaded, check_claims(con)


def add_review(path: Path, claim_id: str, **review: str) -> str:
    """Record a review and recheck, so the claim's flag follows the verdict."""
    with open_writer(path) as con:
        review_id = save_review(con, claim_id, **review)
        row = con.execute(
            "SELECT doc_id FROM claim_rows c JOIN claim_reviews r USING (claim_id) "
            "WHERE r.review_id = ?",
            [review_id],
        ).fetchone()
        check_documents(con, [row[0]] if row else [])
    return review_id
