"""What the store already holds, read before a run fetches or extracts anything: the articles
stored as they are (same text, same extractor), the HTTP validators of stored pages, the feed
entries already seen.

Each reader opens its own short connection and returns empty when there is no database yet, so
a first run needs no store to plan its work.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import duckdb

from factcheck.model import Article
from factcheck.store.db import connect, open_store
from factcheck.store.runs import compute_content_hash, compute_doc_id


def find_unchanged(
    con: duckdb.DuckDBPyConnection, articles: Sequence[Article], *, extractor_version: str
) -> set[str]:
    """Return the sources of articles whose text and extractor are what is already stored."""
    wanted = {compute_doc_id(a.source): a for a in articles}
    if not wanted:
        return set()
    rows = con.execute(
        "SELECT doc_id, content_hash FROM documents "
        "WHERE extractor_version = ? AND list_contains(?::JSON::VARCHAR[], doc_id)",
        [extractor_version, json.dumps(list(wanted))],
    ).fetchall()
    return {
        wanted[doc_id].source
        for doc_id, content_hash in rows
        if content_hash == compute_content_hash(wanted[doc_id].text)
    }


def find_validators(
    con: duckdb.DuckDBPyConnection, urls: Sequence[str], *, extractor_version: str
) -> dict[str, tuple[str | None, str | None]]:
    """Return url -> (etag, last_modified) stored for pages extracted by this extractor."""
    if not urls:
        return {}
    rows = con.execute(
        "SELECT source, etag, last_modified FROM documents WHERE list_contains(?::JSON::VARCHAR[], source) "
        "AND extractor_version = ? AND (etag IS NOT NULL OR last_modified IS NOT NULL)",
        [json.dumps(list(urls)), extractor_version],
    ).fetchall()
    return {source: (etag, modified) for source, etag, modified in rows}


def find_seen_entries(con: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> set[str]:
    """Return the feed entry keys whose article is already stored."""
    if not keys:
        return set()
    rows = con.execute(
        "SELECT entry_key FROM feed_entries WHERE list_contains(?::JSON::VARCHAR[], entry_key)",
        [json.dumps(list(keys))],
    ).fetchall()
    return {row[0] for row in rows}


def read_fetch_state(
    path: Path,
    *,
    urls: Sequence[str],
    entry_keys: Sequence[str],
    extractor_version: str,
    lock_timeout: float | None = None,
) -> tuple[dict[str, tuple[str | None, str | None]], set[str]]:
    """Return (url -> (etag, last_modified), seen feed entry keys); empty if no database yet."""
    if not path.is_file() or not (urls or entry_keys):
        return {}, set()
    open_store(path, lock_timeout=lock_timeout)
    with connect(path, lock_timeout=lock_timeout) as con:
        return (
            find_validators(con, urls, extractor_version=extractor_version),
            find_seen_entries(con, entry_keys),
        )


def read_unchanged(
    path: Path,
    articles: Sequence[Article],
    *,
    extractor_version: str,
    lock_timeout: float | None = None,
) -> set[str]:
    """Return the sources of articles already stored as they are; empty if no database yet."""
    if not path.is_file() or not articles:
        return set()
    open_store(path, lock_timeout=lock_timeout)
    with connect(path, lock_timeout=lock_timeout) as con:
        return find_unchanged(con, articles, extractor_version=extractor_version)
