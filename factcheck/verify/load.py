"""Reference figures into DuckDB: read and check CSV files, store new rows as revisions.

Also the writer connection every verification command opens (lock, migrations, snapshot).
The decisions about rows are ``reference``'s pure functions.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from factcheck.errors import ReferenceDataError, StoreError
from factcheck.store.db import connect, migrate, publish_snapshot, writer_lock
from factcheck.verify.reference import ReferenceRow, parse_reference_csv

_REFERENCE_COLUMNS = {
    "ref_id": "VARCHAR",
    "measure": "VARCHAR",
    "value": "DOUBLE",
    "low": "DOUBLE",
    "high": "DOUBLE",
    "unit": "VARCHAR",
    "place": "VARCHAR",
    "region": "VARCHAR",
    "country": "VARCHAR",
    "period_start": "DATE",
    "period_end": "DATE",
    "as_of": "DATE",
    "publisher": "VARCHAR",
    "url": "VARCHAR",
    "note": "VARCHAR",
    "originator": "VARCHAR",
    "place_keys": ["VARCHAR"],
    "region_keys": ["VARCHAR"],
    "row_hash": "VARCHAR",
    "file": "VARCHAR",
    "line": "INTEGER",
}


@dataclass(frozen=True)
class LoadReport:
    """What loading reference files did."""

    files: tuple[str, ...]
    n_rows: int
    n_new: int


def read_reference_files(paths: Sequence[str | Path]) -> list[ReferenceRow]:
    """Read and check every reference CSV under ``paths`` (files, or folders of .csv).

    Raises:
        ReferenceDataError: for a missing path, a folder with no CSV, or the first bad row.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(path.rglob("*.csv"))
            if not found:
                raise ReferenceDataError(f"{path}: folder holds no .csv reference files")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise ReferenceDataError(f"{path}: no such file or folder")
    rows: list[ReferenceRow] = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise ReferenceDataError(f"{file}:1: cannot read as UTF-8 text: {e}") from e
        rows += parse_reference_csv(text, name=str(file))
    return rows


def save_reference_rows(con: duckdb.DuckDBPyConnection, rows: Sequence[ReferenceRow]) -> int:
    """Insert rows that are new or changed as new revisions; return how many were inserted.

    A row whose (ref_id, as_of) is stored with the same content is left alone, so reloading
    is idempotent; a changed row gets the next revision number and the old one stays.
    """
    if not rows:
        return 0
    records = [r.as_record() for r in rows]
    columns = ", ".join(f'"{c}"' for c in _REFERENCE_COLUMNS)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE reference_incoming AS SELECT r.* FROM (SELECT unnest("
        f"from_json(?::JSON, '{json.dumps([_REFERENCE_COLUMNS])}')) AS r)",
        [json.dumps(records, default=str)],
    )
    before = _count(con, "reference_figures")
    con.execute(
        f"""
        INSERT INTO reference_figures ({columns}, revision, loaded_at)
        WITH latest AS (
            SELECT ref_id, as_of, row_hash FROM reference_current
        ), fresh AS (
            SELECT i.* FROM reference_incoming i
            LEFT JOIN latest l ON l.ref_id = i.ref_id AND l.as_of IS NOT DISTINCT FROM i.as_of
            WHERE l.row_hash IS DISTINCT FROM i.row_hash
        ), base AS (
            SELECT ref_id, max(revision) AS top FROM reference_figures GROUP BY ref_id
        )
        SELECT {", ".join(f'f."{c}"' for c in _REFERENCE_COLUMNS)},
            coalesce(b.top, 0) + row_number() OVER (PARTITION BY f.ref_id ORDER BY f.file, f.line),
            ?
        FROM fresh f LEFT JOIN base b ON b.ref_id = f.ref_id
        """,
        [now_utc()],
    )
    con.execute("DROP TABLE reference_incoming")
    return _count(con, "reference_figures") - before


@contextlib.contextmanager
def open_writer(
    path: Path, *, lock_timeout: float | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """The writer lock and a migrated connection; publishes the snapshot on success."""
    with (
        writer_lock(path, lock_timeout=lock_timeout),
        connect(path, lock_timeout=lock_timeout) as con,
    ):
        try:
            migrate(con)
            yield con
            publish_snapshot(con, path)
        except duckdb.Error as e:
            raise StoreError(f"{path}: cannot write: {_first_line(e)}") from e


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]


def now_utc() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
