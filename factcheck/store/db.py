"""The database file: connections with lock retry, the writer lock, migrations, the snapshot.

DuckDB lets one process hold a database file read-write and fails any other open at once, so
every connection here is short-lived and opening retries with jittered exponential backoff.
The migrations in ``migrations/*.sql`` are the one definition of the tables.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

import duckdb

from factcheck.config import resolve_lock_timeout
from factcheck.errors import QueryError, StoreError

_LOCK_MESSAGE = "Could not set lock"
_MIGRATIONS = files("factcheck.store") / "migrations"
_VIEWS = files("factcheck.store") / "views.sql"
# Backoff jitter draws from its own generator: a writer retrying in a thread must not move the
# global `random` state that other code in the process (tests, seeded runs) relies on.
_JITTER = random.Random()


@dataclass(frozen=True)
class QueryResult:
    """Column names and rows of a query."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


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
        busy = f"{path}: another factcheck run is still writing after {{waited:.1f}}s"
        for _ in _attempts(timeout, busy):
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                continue
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


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
    busy = f"{path}: database still locked by another process after {{waited:.1f}}s"
    for _ in _attempts(resolve_lock_timeout(lock_timeout), busy):
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=config)
            break
        except duckdb.IOException as e:
            if _LOCK_MESSAGE not in str(e):
                raise StoreError(f"{path}: cannot open database: {first_line(e)}") from e
        except duckdb.Error as e:
            raise StoreError(f"{path}: cannot open database: {first_line(e)}") from e
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
        with transaction(con):
            con.execute(sql)
            con.execute("INSERT INTO _migrations VALUES (?, ?, ?)", [version, name, now()])
        applied.append(name)
    if _apply_views(con):
        applied.append(_VIEWS.name)
    if applied:
        con.execute("CHECKPOINT")
    return applied


def _apply_views(con: duckdb.DuckDBPyConnection) -> bool:
    """(Re)create the public views when views.sql differs from what was applied last."""
    sql = _VIEWS.read_text(encoding="utf-8")
    digest = hashlib.sha256(sql.encode()).hexdigest()
    con.execute("CREATE TABLE IF NOT EXISTS _views (sha256 VARCHAR NOT NULL)")
    if con.execute("SELECT sha256 FROM _views").fetchall() == [(digest,)]:
        return False
    with transaction(con):
        con.execute(sql)
        con.execute("DELETE FROM _views")
        con.execute("INSERT INTO _views VALUES (?)", [digest])
    return True


def open_store(path: Path, *, lock_timeout: float | None = None) -> None:
    """Create the database if needed and bring its schema up to date.

    Raises:
        StoreError: if the path cannot be written.
    """
    with connect(path, lock_timeout=lock_timeout) as con:
        try:
            migrate(con)
        except duckdb.Error as e:
            raise StoreError(f"{path}: cannot migrate database: {first_line(e)}") from e


# DuckDB's memory while it copies the database to the snapshot.
SNAPSHOT_MEMORY = "256MB"


def publish_snapshot(con: duckdb.DuckDBPyConnection, path: Path) -> Path:
    """Copy the database to its snapshot file, replacing it atomically.

    People open the snapshot in notebooks or the duckdb CLI for as long as they like; the
    writer never waits for them. It is as fresh as the last run.
    """
    target = snapshot_path(path)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    (source,) = con.execute("SELECT current_database()").fetchall()[0]
    (limit,) = con.execute("SELECT current_setting('memory_limit')").fetchall()[0]
    # The copy streams table by table; unbounded, DuckDB keeps every page it read cached
    # (a 132 MB database: about 800 MB more RSS, docs/benchmarks.md). A database too big for
    # the bound is copied again unbounded. Each copy runs on a cursor of its own: a copy that
    # runs out of memory leaves its transaction aborted, and under the bound even its ROLLBACK
    # can run out (CI, session 27); closing the cursor drops that transaction, and ``con``, whose
    # transaction stays clean, restores the limit.
    for bound in (SNAPSHOT_MEMORY, limit):
        partial.unlink(missing_ok=True)
        con.execute(f"ATTACH '{_sql_string(partial)}' AS factcheck_snapshot")
        copier = con.cursor()
        try:
            copier.execute(f"SET GLOBAL memory_limit = '{bound}'")
            copier.execute(f'COPY FROM DATABASE "{source}" TO factcheck_snapshot')
            break
        except duckdb.OutOfMemoryException:
            if bound == limit:
                raise
        finally:
            copier.close()
            con.execute(f"SET GLOBAL memory_limit = '{limit}'")
            con.execute("DETACH factcheck_snapshot")
    os.replace(partial, target)
    return target


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
            raise QueryError(f"query refused or failed: {first_line(e)}") from e


def table_types(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    """Return column -> SQL type of a table, in column order, as the migrations made it."""
    rows = con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() "
        "WHERE table_name = ? AND database_name = current_database() ORDER BY column_index",
        [table],
    ).fetchall()
    return dict(rows)


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run the block in one transaction: committed if it returns, rolled back if it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def now() -> datetime:
    """The current UTC time, naive, as stored in TIMESTAMP columns."""
    return datetime.now(UTC).replace(tzinfo=None)


def first_line(error: BaseException) -> str:
    """The first line of an error's message (DuckDB's run on with hints), else its type."""
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _attempts(timeout: float, busy_message: str) -> Iterator[int]:
    """Yield attempt numbers, sleeping with jittered exponential backoff between them.

    Raises:
        StoreError: ``busy_message`` (its ``{waited}`` filled in) once ``timeout`` has passed.
    """
    started, attempt = time.monotonic(), 0
    while True:
        yield attempt
        waited = time.monotonic() - started
        if waited > timeout:
            raise StoreError(busy_message.format(waited=waited))
        attempt += 1
        time.sleep(_JITTER.uniform(0, min(2.0, 0.05 * 2**attempt)))


def _read_migrations() -> list[tuple[int, str, str]]:
    found = []
    for entry in _MIGRATIONS.iterdir():
        name = entry.name
        if name.endswith(".sql"):
            found.append((int(name.split("_", 1)[0]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def check_writable(path: Path) -> None:
    """Check that a database can be created or opened at ``path``, creating its folder.

    Raises:
        StoreError: if the path is a folder, its folder cannot be created, or the file exists
            and cannot be opened.
    """
    if path.is_file():
        open_store(path)
    else:
        _prepare_parent(path)


def _prepare_parent(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"{path}: cannot create its folder: {e.strerror or e}") from e


def _sql_string(path: Path) -> str:
    return str(path).replace("'", "''")
