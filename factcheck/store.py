"""The DuckDB store: connections with lock retry, migrations, writes and read-only queries.

DuckDB lets one process hold a database file read-write and fails any other open at once, so
every connection here is short-lived and opening retries with jittered exponential backoff.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import random
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb

from factcheck.errors import QueryError, StoreError
from factcheck.feeds import FeedEntry
from factcheck.model import Article, Claim

LOCK_TIMEOUT_ENV = "FACTCHECK_LOCK_TIMEOUT"
LOCK_TIMEOUT_S = 30.0
_LOCK_MESSAGE = "Could not set lock"
_MIGRATIONS = files("factcheck") / "migrations"


# A document's claims go in as one JSON parameter expanded in SQL: the Python binding probes
# for pandas on every parameter value, which made executemany ~10x slower (docs/benchmarks.md).
_CLAIM_COLUMNS = {
    "claim_id": "VARCHAR",
    "doc_id": "VARCHAR",
    "doc": "VARCHAR",
    "start": "INTEGER",
    "end": "INTEGER",
    "text": "VARCHAR",
    "value": "DOUBLE",
    "high": "DOUBLE",
    "approx": "VARCHAR",
    "unit": "VARCHAR",
    "subject": "VARCHAR",
    "source_text": "VARCHAR",
    "source_kind": "VARCHAR",
    "caveats": [{"kind": "VARCHAR", "text": "VARCHAR"}],
    "key": "BOOLEAN",
    "status": "VARCHAR",
    "flagged": "BOOLEAN",
    "flag_reasons": ["VARCHAR"],
    "run_id": "VARCHAR",
    "extracted_at": "TIMESTAMP",
    "implied": "BOOLEAN",
}
_QUOTED_COLUMNS = ", ".join(f'"{c}"' for c in _CLAIM_COLUMNS)
_ROW_COLUMNS = ", ".join(f'r."{c}"' for c in _CLAIM_COLUMNS)
_INSERT_CLAIMS = (
    f"INSERT INTO claim_rows ({_QUOTED_COLUMNS}) SELECT {_ROW_COLUMNS} "
    f"FROM (SELECT unnest(from_json(?::JSON, '{json.dumps([_CLAIM_COLUMNS])}')) AS r)"
)


@dataclass(frozen=True)
class SaveResult:
    """What saving one article did."""

    doc_id: str
    changed: bool
    n_claims: int
    n_flagged: int


@dataclass(frozen=True)
class QueryResult:
    """Column names and rows of a query."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def compute_doc_id(source: str) -> str:
    """Return the stable id of an article source (path or URL)."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()


def compute_claim_id(doc_id: str, start: int, end: int) -> str:
    """Return the stable id of a claim: sha1 of its document and offsets."""
    return hashlib.sha1(f"{doc_id}|{start}|{end}".encode()).hexdigest()


def compute_content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def resolve_lock_timeout(timeout: float | None = None) -> float:
    """Return how long to wait for the database: ``timeout``, $FACTCHECK_LOCK_TIMEOUT, or 30 s.

    Raises:
        StoreError: if the variable is not a non-negative number.
    """
    if timeout is not None:
        return timeout
    raw = os.environ.get(LOCK_TIMEOUT_ENV, "")
    if not raw:
        return LOCK_TIMEOUT_S
    try:
        value = float(raw)
    except ValueError as e:
        raise StoreError(f"{LOCK_TIMEOUT_ENV}={raw!r}: not a number of seconds") from e
    if value < 0:
        raise StoreError(f"{LOCK_TIMEOUT_ENV}={raw!r}: must be 0 or more")
    return value


def snapshot_path(path: Path) -> Path:
    """Where the read-only copy for people lives: data/factcheck-snapshot.duckdb."""
    return path.with_name(f"{path.stem}-snapshot{path.suffix}")


@contextlib.contextmanager
def writer_lock(path: Path, *, lock_timeout: float | None = None) -> Iterator[None]:
    """Hold the exclusive writer lock of a database (a ``.lock`` file beside it).

    Every run that writes takes it, so concurrent runs (CLI, flows, deployments) queue up
    instead of racing for DuckDB's own lock.

    Raises:
        StoreError: if another writer still holds it after ``lock_timeout`` seconds.
    """
    timeout = resolve_lock_timeout(lock_timeout)
    _prepare_parent(path)
    lock_file = path.with_name(path.name + ".lock")
    with open(lock_file, "a+b") as handle:
        started, attempt = time.monotonic(), 0
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                waited = time.monotonic() - started
                if waited > timeout:
                    raise StoreError(
                        f"{path}: another factcheck run is still writing after {waited:.1f}s"
                    ) from None
                attempt += 1
                time.sleep(random.uniform(0, min(2.0, 0.05 * 2**attempt)))
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def publish_snapshot(con: duckdb.DuckDBPyConnection, path: Path) -> Path:
    """Copy the database to its snapshot file, replacing it atomically.

    People open the snapshot in notebooks or the duckdb CLI for as long as they like; the
    writer never waits for them. It is as fresh as the last run.
    """
    target = snapshot_path(path)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    (source,) = con.execute("SELECT current_database()").fetchall()[0]
    con.execute(f"ATTACH '{_sql_string(partial)}' AS factcheck_snapshot")
    try:
        con.execute(f'COPY FROM DATABASE "{source}" TO factcheck_snapshot')
    finally:
        con.execute("DETACH factcheck_snapshot")
    os.replace(partial, target)
    return target


@contextlib.contextmanager
def connect(
    path: Path, *, read_only: bool = False, lock_timeout: float | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the database, waiting with backoff while another process holds its lock.

    Read-only connections also disable external access (files, extensions, ATTACH, COPY) and
    lock their configuration, so user SQL cannot write anything.

    Raises:
        StoreError: if the file cannot be opened, or is still locked after ``lock_timeout``.
    """
    config: dict[str, str | bool | int | float | list[str]] = (
        {"enable_external_access": False, "lock_configuration": True} if read_only else {}
    )
    if not read_only:
        _prepare_parent(path)
    elif not path.is_file():
        raise StoreError(f"{path}: no database here yet; run `factcheck run` first")
    lock_timeout = resolve_lock_timeout(lock_timeout)
    started, attempt = time.monotonic(), 0
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=config)
            break
        except duckdb.IOException as e:
            waited = time.monotonic() - started
            if _LOCK_MESSAGE not in str(e):
                raise StoreError(f"{path}: cannot open database: {_first_line(e)}") from e
            if waited > lock_timeout:
                raise StoreError(
                    f"{path}: database still locked by another process after {waited:.1f}s"
                ) from e
            attempt += 1
            time.sleep(random.uniform(0, min(2.0, 0.05 * 2**attempt)))
        except duckdb.Error as e:
            raise StoreError(f"{path}: cannot open database: {_first_line(e)}") from e
    try:
        yield con
    finally:
        con.close()


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the migrations not yet recorded in ``_migrations``, each in one transaction.

    Returns:
        The names of the migrations applied now.
    """
    con.execute(
        "CREATE TABLE IF NOT EXISTS _migrations ("
        "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM _migrations").fetchall()}
    applied = []
    for version, name, sql in _read_migrations():
        if version in done:
            continue
        with _transaction(con):
            con.execute(sql)
            con.execute("INSERT INTO _migrations VALUES (?, ?, ?)", [version, name, _now()])
        applied.append(name)
    if applied:
        con.execute("CHECKPOINT")
    return applied


def open_store(path: Path, *, lock_timeout: float | None = None) -> None:
    """Create the database if needed and bring its schema up to date.

    Raises:
        StoreError: if the path cannot be written.
    """
    with connect(path, lock_timeout=lock_timeout) as con:
        try:
            migrate(con)
        except duckdb.Error as e:
            raise StoreError(f"{path}: cannot migrate database: {_first_line(e)}") from e


def find_current_hashes(
    con: duckdb.DuckDBPyConnection, *, extractor_version: str
) -> dict[str, str]:
    """Return doc_id -> content hash for documents extracted by ``extractor_version``."""
    rows = con.execute(
        "SELECT doc_id, content_hash FROM documents WHERE extractor_version = ?",
        [extractor_version],
    ).fetchall()
    return dict(rows)


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
    doc_id = compute_doc_id(article.source)
    content_hash = compute_content_hash(article.text)
    now = _now()
    rows = [_claim_row(doc_id, claim, run_id=run_id, now=now) for claim in claims]
    with _transaction(con):
        previous = con.execute(
            "SELECT content_hash, extractor_version FROM documents WHERE doc_id = ?", [doc_id]
        ).fetchone()
        changed = previous != (content_hash, extractor_version)
        values = {
            "doc_id": doc_id,
            "doc": article.doc,
            "source": article.source,
            "title": article.title,
            "published": article.published,
            "content_hash": content_hash,
            "n_chars": len(article.text),
            "extractor_version": extractor_version,
            "ingested_at": now,
            "updated_at": now,
            "run_id": run_id,
            '"text"': article.text,
            "origin": article.origin,
            "feed_url": article.feed_url,
            "fetched_at": article.fetched_at or now,
            "etag": article.etag,
            "last_modified": article.last_modified,
            "url": article.url or (article.source if article.origin != "file" else None),
            "publisher": article.publisher or _host(article.url or article.source),
        }
        kept = ("doc_id", "ingested_at")
        con.execute(
            f"INSERT INTO documents ({', '.join(values)}) VALUES ({', '.join('?' * len(values))}) "
            "ON CONFLICT (doc_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in values if c not in kept),
            list(values.values()),
        )
        if changed:
            con.execute("DELETE FROM claim_rows WHERE doc_id = ?", [doc_id])
            if rows:
                con.execute(_INSERT_CLAIMS, [json.dumps(rows, default=str)])
    return SaveResult(
        doc_id=doc_id,
        changed=changed,
        n_claims=len(claims),
        n_flagged=sum(1 for c in claims if c.flagged),
    )


def find_unchanged(
    con: duckdb.DuckDBPyConnection, articles: Sequence[Article], *, extractor_version: str
) -> set[str]:
    """Return the sources of articles whose text and extractor are what is already stored."""
    wanted = {compute_doc_id(a.source): a for a in articles}
    if not wanted:
        return set()
    rows = con.execute(
        "SELECT doc_id, content_hash FROM documents "
        "WHERE extractor_version = ? AND list_contains(?, doc_id)",
        [extractor_version, list(wanted)],
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
        "SELECT source, etag, last_modified FROM documents WHERE list_contains(?, source) "
        "AND extractor_version = ? AND (etag IS NOT NULL OR last_modified IS NOT NULL)",
        [list(urls), extractor_version],
    ).fetchall()
    return {source: (etag, modified) for source, etag, modified in rows}


def find_seen_entries(con: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> set[str]:
    """Return the feed entry keys whose article is already stored."""
    if not keys:
        return set()
    rows = con.execute(
        "SELECT entry_key FROM feed_entries WHERE list_contains(?, entry_key)", [list(keys)]
    ).fetchall()
    return {row[0] for row in rows}


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
        [run_id, flow_run_id, _now(), list(paths)],
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
            _now(),
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
    now = _now()
    if failures:
        con.executemany(
            "INSERT INTO source_failures VALUES (?, ?, ?, ?)",
            [(run_id, source, reason, now) for source, reason in failures],
        )


def save_feed_entries(
    con: duckdb.DuckDBPyConnection, entries: Sequence[tuple[FeedEntry, str]]
) -> None:
    """Mark feed entries as seen, with the doc_id stored for each."""
    now = _now()
    for entry, doc_id in entries:
        con.execute(
            "INSERT INTO feed_entries VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [entry.key, entry.feed_url, entry.url, entry.title, entry.published, now, doc_id],
        )


def read_flagged(
    con: duckdb.DuckDBPyConnection, *, doc_ids: Sequence[str] | None = None
) -> QueryResult:
    """Return the flagged claims (all, or of the given documents), highest priority first."""
    sql = (
        'SELECT doc, "text", "value", subject, source_text, source_kind, caveat_kinds, '
        "flag_reasons, priority, title, doc_source FROM flagged_claims"
    )
    params: list[Any] = []
    if doc_ids is not None:
        sql += " WHERE list_contains(?, doc_id)"
        params.append(list(doc_ids))
    cursor = con.execute(sql, params)
    return QueryResult(columns=[d[0] for d in cursor.description], rows=cursor.fetchall())


@dataclass(frozen=True)
class RunReport:
    """What one run read, skipped, failed and wrote, with its flagged claims."""

    run_id: str
    n_documents: int
    n_changed: int
    n_claims: int
    n_flagged: int
    flagged: QueryResult
    n_skipped: int = 0
    failures: tuple[tuple[str, str], ...] = ()

    @property
    def n_unchanged(self) -> int:
        return self.n_documents - self.n_changed

    @property
    def n_failed(self) -> int:
        return len(self.failures)


def save_run(
    path: Path,
    run_id: str,
    *,
    paths: Sequence[str],
    articles: Sequence[tuple[Article, Sequence[Claim]]],
    extractor_version: str,
    flow_run_id: str | None = None,
    skipped: Sequence[str] = (),
    failures: Sequence[tuple[str, str]] = (),
    feed_entries: Sequence[tuple[FeedEntry, str]] = (),
    lock_timeout: float | None = None,
) -> RunReport:
    """Store a run's articles and claims, one transaction per article, and record the run.

    Args:
        skipped: sources left alone because their stored content is current.
        failures: (source, reason) of sources that could not be read.
        feed_entries: feed entries and the source of the article stored for each.

    Saving is idempotent, so a retried run rewrites nothing that is already stored.

    Raises:
        StoreError: if the database cannot be opened or written.
    """
    with (
        writer_lock(path, lock_timeout=lock_timeout),
        connect(path, lock_timeout=lock_timeout) as con,
    ):
        try:
            migrate(con)
            # A retried run (Prefect retry, same flow run id) replaces its earlier attempt's row.
            con.execute("DELETE FROM runs WHERE run_id = ?", [run_id])
            con.execute("DELETE FROM source_failures WHERE run_id = ?", [run_id])
            # We hold the writer lock, so a run still 'running' is one whose writer was killed.
            con.execute("UPDATE runs SET status = 'failed' WHERE status = 'running'")
            start_run(con, run_id, paths=paths, flow_run_id=flow_run_id)
            results = [
                save_article(
                    con, article, claims, run_id=run_id, extractor_version=extractor_version
                )
                for article, claims in articles
            ]
            save_feed_entries(con, [(e, compute_doc_id(src)) for e, src in feed_entries])
            save_failures(con, run_id, failures)
            finish_run(con, run_id, results=results, n_skipped=len(skipped), n_failed=len(failures))
            from factcheck.verify.store import check_claims  # issue 9: check as claims are stored

            check_claims(con)
            flagged = read_flagged(con, doc_ids=[r.doc_id for r in results])
            # verified claims are no longer flagged: count what the check left flagged
            n_flagged = len(flagged.rows)
            con.execute("UPDATE runs SET n_flagged = ? WHERE run_id = ?", [n_flagged, run_id])
            publish_snapshot(con, path)
        except duckdb.Error as e:
            with contextlib.suppress(duckdb.Error):
                con.execute("UPDATE runs SET status = 'failed' WHERE run_id = ?", [run_id])
            raise StoreError(f"{path}: cannot write run {run_id}: {_first_line(e)}") from e
    return RunReport(
        run_id=run_id,
        n_documents=len(results) + len(skipped),
        n_changed=sum(r.changed for r in results),
        n_claims=sum(r.n_claims for r in results),
        n_flagged=n_flagged,
        flagged=flagged,
        n_skipped=len(skipped),
        failures=tuple(failures),
    )


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


def run_query(path: Path, sql: str, *, lock_timeout: float | None = None) -> QueryResult:
    """Run user SQL on a read-only connection with external access disabled.

    Raises:
        QueryError: if the statement fails or tries to write.
        StoreError: if the database cannot be opened.
    """
    with connect(path, read_only=True, lock_timeout=lock_timeout) as con:
        try:
            cursor = con.execute(sql)
            if cursor.description is None:
                return QueryResult(columns=[], rows=[])
            return QueryResult(columns=[d[0] for d in cursor.description], rows=cursor.fetchall())
        except duckdb.Error as e:
            raise QueryError(f"query refused or failed: {_first_line(e)}") from e


@contextlib.contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _read_migrations() -> list[tuple[int, str, str]]:
    found = []
    for entry in _MIGRATIONS.iterdir():
        name = entry.name
        if name.endswith(".sql"):
            found.append((int(name.split("_", 1)[0]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def _claim_row(doc_id: str, claim: Claim, *, run_id: str, now: datetime) -> dict[str, Any]:
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
        "extracted_at": now.isoformat(),
        "implied": claim.implied,
    }


def _prepare_parent(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"{path}: cannot create its folder: {e.strerror or e}") from e


def _host(url: str) -> str | None:
    """The publisher of a page nobody named: its URL's host (None for files)."""
    return urlsplit(url).hostname if "://" in url else None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _sql_string(path: Path) -> str:
    return str(path).replace("'", "''")


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
