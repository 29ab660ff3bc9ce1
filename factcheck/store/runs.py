"""A run's writes: documents and their claims, feed entries, failures, the run row; and the
flagged claims it reports.

Each article's document row and claims are written in one transaction; claim ids are
sha1(doc_id, start, end), so saving the same article again changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import duckdb

from factcheck.model import Article, Claim
from factcheck.sources.feeds import FeedEntry
from factcheck.store.db import (
    QueryResult,
    now,
    table_types,
    transaction,
)


@dataclass(frozen=True)
class SaveResult:
    """What saving one article did."""

    doc_id: str
    changed: bool
    n_claims: int
    n_flagged: int


def compute_doc_id(source: str) -> str:
    """Return the stable id of an article source (path or URL)."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()


def compute_claim_id(doc_id: str, start: int, end: int) -> str:
    """Return the stable id of a claim: sha1 of its document and offsets."""
    return hashlib.sha1(f"{doc_id}|{start}|{end}".encode()).hexdigest()


def compute_content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def save_article(
    con: duckdb.DuckDBPyConnection,
    article: Article,
    claims: Sequence[Claim],
    *,
    run_id: str,
    extractor_version: str,
) -> SaveResult:
    """Replace one article's document row and claims in a single transaction.

    Re-saving identical content and claims changes nothing but ``run_id`` and ``updated_at``
    on the document, so reruns never duplicate rows.
    """
    with transaction(con):
        [result] = save_articles(
            con, [(article, claims)], run_id=run_id, extractor_version=extractor_version
        )
    return result


def save_articles(
    con: duckdb.DuckDBPyConnection,
    articles: Sequence[tuple[Article, Sequence[Claim]]],
    *,
    run_id: str,
    extractor_version: str,
) -> list[SaveResult]:
    """Replace the document rows and claims of a batch of articles, in the caller's transaction.

    Five statements for the whole batch, whatever its size: the stored hashes in one query,
    the document rows as one upsert, the changed documents' claims deleted and inserted as
    one JSON parameter each (docs/benchmarks.md). A source given twice keeps its last text.
    """
    latest = {compute_doc_id(a.source): (a, claims) for a, claims in articles}
    if not latest:
        return []
    at = now()
    hashes = {doc_id: compute_content_hash(a.text) for doc_id, (a, _) in latest.items()}
    stored = dict(
        (doc_id, (content_hash, version))
        for doc_id, content_hash, version in con.execute(
            "SELECT doc_id, content_hash, extractor_version FROM documents "
            "WHERE list_contains(?::JSON::VARCHAR[], doc_id)",
            [json.dumps(list(latest))],
        ).fetchall()
    )
    changed = {d for d in latest if stored.get(d) != (hashes[d], extractor_version)}
    documents = [
        _document_row(doc_id, a, hashes[doc_id], run_id=run_id, at=at, version=extractor_version)
        for doc_id, (a, _) in latest.items()
    ]
    kept = ("doc_id", "ingested_at")
    con.execute(
        _insert_json_sql(con, "documents", list(documents[0]))
        + " ON CONFLICT (doc_id) DO UPDATE SET "
        + ", ".join(f'"{c}" = excluded."{c}"' for c in documents[0] if c not in kept),
        [json.dumps(documents, default=str)],
    )
    if changed:
        con.execute(
            "DELETE FROM claim_rows WHERE list_contains(?::JSON::VARCHAR[], doc_id)",
            [json.dumps(sorted(changed))],
        )
        rows = [
            _claim_row(doc_id, claim, run_id=run_id, at=at)
            for doc_id in changed
            for claim in latest[doc_id][1]
        ]
        if rows:
            sql = _insert_json_sql(con, "claim_rows", list(rows[0]))
            con.execute(sql, [json.dumps(rows, default=str)])
    return [
        SaveResult(
            doc_id=compute_doc_id(a.source),
            changed=compute_doc_id(a.source) in changed,
            n_claims=len(claims),
            n_flagged=sum(1 for c in claims if c.flagged),
        )
        for a, claims in articles
    ]


def _document_row(
    doc_id: str, article: Article, content_hash: str, *, run_id: str, at: datetime, version: str
) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "doc": article.doc,
        "source": article.source,
        "title": article.title,
        "published": article.published,
        "content_hash": content_hash,
        "n_chars": len(article.text),
        "extractor_version": version,
        "ingested_at": at,
        "updated_at": at,
        "run_id": run_id,
        "text": article.text,
        "origin": article.origin,
        "feed_url": article.feed_url,
        "fetched_at": article.fetched_at or at,
        "etag": article.etag,
        "last_modified": article.last_modified,
        "url": article.url or (article.source if article.origin != "file" else None),
        "publisher": article.publisher or _host(article.url or article.source),
    }


def start_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    paths: Sequence[str],
    flow_run_id: str | None = None,
) -> None:
    con.execute(
        "INSERT INTO runs (run_id, flow_run_id, started_at, paths, status) "
        "VALUES (?, ?, ?, ?, 'running')",
        [run_id, flow_run_id, now(), list(paths)],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    results: Sequence[SaveResult],
    n_skipped: int = 0,
    n_failed: int = 0,
    status: str = "completed",
) -> None:
    con.execute(
        "UPDATE runs SET finished_at = ?, n_documents = ?, n_changed = ?, n_unchanged = ?, "
        "n_claims = ?, n_flagged = ?, n_failed = ?, status = ? WHERE run_id = ?",
        [
            now(),
            len(results) + n_skipped,
            sum(r.changed for r in results),
            sum(not r.changed for r in results) + n_skipped,
            sum(r.n_claims for r in results),
            sum(r.n_flagged for r in results),
            n_failed,
            status,
            run_id,
        ],
    )


def save_failures(
    con: duckdb.DuckDBPyConnection, run_id: str, failures: Sequence[tuple[str, str]]
) -> None:
    """Record the sources a run could not read, each with its reason."""
    at = now()
    if failures:
        con.executemany(
            "INSERT INTO source_failures VALUES (?, ?, ?, ?)",
            [(run_id, source, reason, at) for source, reason in failures],
        )


def save_feed_entries(
    con: duckdb.DuckDBPyConnection, entries: Sequence[tuple[FeedEntry, str]]
) -> None:
    """Mark feed entries as seen, with the doc_id stored for each."""
    at = now()
    for entry, doc_id in entries:
        con.execute(
            "INSERT INTO feed_entries VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [entry.key, entry.feed_url, entry.url, entry.title, entry.published, at, doc_id],
        )


def read_flagged(
    con: duckdb.DuckDBPyConnection,
    *,
    doc_ids: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    run_id: str | None = None,
    limit: int | None = None,
) -> QueryResult:
    """Return the flagged claims, highest priority first: all, or of the given documents, or of
    the articles read from under the given paths or URLs (``sources``, prefixes).

    Ties go to the newest article, so the top of the whole database is a review queue.
    """
    sql = (
        'SELECT doc, "text", "value", subject, source_text, source_kind, caveat_kinds, '
        'flag_reasons, priority, title, doc_source, sentence, published, claim_id, "start", '
        '"end" FROM flagged_claims'
    )
    params: list[Any] = []
    if doc_ids is not None:
        sql += " WHERE list_contains(?::JSON::VARCHAR[], doc_id)"
        params.append(json.dumps(list(doc_ids)))
    elif run_id is not None:  # the documents the run stored (changed or not)
        sql += " WHERE doc_id IN (SELECT doc_id FROM documents WHERE run_id = ?)"
        params.append(run_id)
    elif sources is not None:
        sql += " WHERE len(list_filter(?::JSON::VARCHAR[], p -> starts_with(doc_source, p))) > 0"
        params.append(json.dumps(list(sources)))
    sql += ' ORDER BY priority DESC, published DESC NULLS LAST, doc, "start"'
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cursor = con.execute(sql, params)
    return QueryResult(columns=[d[0] for d in cursor.description], rows=cursor.fetchall())


def _insert_json_sql(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str]) -> str:
    """SQL inserting a JSON list of rows (``columns``) into ``table``, typed as the migrations
    made them.

    Rows go in as one JSON parameter expanded in SQL: the Python binding probes for pandas on
    every parameter value, which made executemany ~10x slower (docs/benchmarks.md).
    """
    types = table_types(con, table)
    fields = ", ".join(f'"{c}" {types[c]}' for c in columns)
    return (
        f"INSERT INTO {table} BY NAME "
        f"SELECT unnest(r) FROM (SELECT unnest(?::JSON::STRUCT({fields})[]) AS r)"
    )


def _claim_row(doc_id: str, claim: Claim, *, run_id: str, at: datetime) -> dict[str, Any]:
    return {
        "claim_id": compute_claim_id(doc_id, claim.start, claim.end),
        "doc_id": doc_id,
        "doc": claim.doc,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "value": claim.value,
        "high": claim.high,
        "approx": claim.approx.value,
        "unit": claim.unit,
        "subject": claim.subject,
        "source_text": claim.source.text,
        "source_kind": claim.source.kind.value,
        "caveats": [{"kind": c.kind.value, "text": c.text} for c in claim.caveats],
        "key": claim.key,
        "status": claim.status.value,
        "flagged": claim.flagged,
        "flag_reasons": list(claim.flag_reasons),
        "run_id": run_id,
        "extracted_at": at.isoformat(),
        "sentence": claim.sentence,
        "implied": claim.implied,
        "links": [
            {"kind": link.kind.value, "claim_id": compute_claim_id(doc_id, link.start, link.end)}
            for link in claim.links
        ],
    }


def _host(url: str) -> str | None:
    """The publisher of a page nobody named: its URL's host (None for files)."""
    return urlsplit(url).hostname if "://" in url else None
