"""A long strict run writes into a staged copy of the database and swaps it in whole
(factcheck.store.staging): the same rows as one open transaction, the old database untouched
when it stops, and no copy left behind. Real DuckDB files."""

from __future__ import annotations

import hashlib

import pytest

from factcheck.run import RunRequest, run_pipeline
from factcheck.store import RunWriter, connect
from factcheck.store.staging import staging_path
from tests.conftest import SEEDS
from tests.store.crash_writer import build_documents

TABLES = ("documents", "claim_rows")


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(path):
    """Every row of the tables, less the run ids and the times they were written at."""
    with connect(path, read_only=True) as con:
        tables = {}
        for table in TABLES:
            columns = [
                f'"{name}"'
                for name, kind in con.execute(
                    "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ?",
                    [table],
                ).fetchall()
                if name != "run_id" and not kind.startswith("TIMESTAMP")
            ]
            query = f"SELECT {', '.join(columns)} FROM {table}"
            tables[table] = sorted(con.execute(query).fetchall(), key=repr)
        return tables


def write_run(path, run_id, version, *, staged, fail_after=None):
    documents = build_documents(version, 40)
    with RunWriter(
        path, run_id, paths=["x"], extractor_version="t", atomic=True, staged=staged
    ) as writer:
        for start in range(0, len(documents), 8):
            if fail_after is not None and start >= fail_after:
                raise RuntimeError("the run stops here")
            writer.save(documents[start : start + 8])
        writer.finish()


def test_a_staged_run_stores_what_one_transaction_stores_and_leaves_no_copy(tmp_path):
    one, staged = tmp_path / "one.duckdb", tmp_path / "staged.duckdb"
    for version in ("old", "new"):
        write_run(one, f"r-{version}", version, staged=False)
        write_run(staged, f"r-{version}", version, staged=True)
    assert rows(staged) == rows(one)
    assert len(rows(staged)["documents"]) == 40
    assert not staging_path(staged).exists()


def test_a_staged_run_that_stops_leaves_the_database_as_it_was_and_no_copy(tmp_path):
    db = tmp_path / "f.duckdb"
    write_run(db, "r-old", "old", staged=True)
    before = digest(db)
    with pytest.raises(RuntimeError, match="stops here"):
        write_run(db, "r-new", "new", staged=True, fail_after=16)  # two batches written
    assert digest(db) == before
    assert not staging_path(db).exists()


def test_a_copy_left_by_a_killed_run_is_replaced_by_the_next_staged_run(tmp_path):
    db = tmp_path / "f.duckdb"
    write_run(db, "r-old", "old", staged=True)
    staging_path(db).write_bytes(b"what a killed run left")
    write_run(db, "r-new", "new", staged=True)
    assert not staging_path(db).exists()
    assert len(rows(db)["documents"]) == 40


def test_a_strict_run_longer_than_the_threshold_is_staged_and_stores_its_claims(
    tmp_path, monkeypatch
):
    monkeypatch.setattr("factcheck.run.STAGED_RUN_ARTICLES", 0)
    staged_copies = []
    monkeypatch.setattr(
        "factcheck.store.writer.stage_copy",
        lambda path, **kw: staged_copies.append(path) or staging_path(path),
    )
    db = tmp_path / "f.duckdb"
    report = run_pipeline(RunRequest(paths=[str(SEEDS)], db=str(db), strict=True, reference=[]))
    assert staged_copies == [db]
    assert report.n_claims == 7 and len(rows(db)["claim_rows"]) == 7
    assert not staging_path(db).exists()
