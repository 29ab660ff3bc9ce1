"""A long strict run writes into a staged copy of the database and swaps it in whole
(factcheck.store.staging): the same rows as one open transaction, the old database untouched
when it stops, and no copy left behind. Real DuckDB files."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import duckdb
import pytest

from factcheck.run import RunRequest, run_pipeline
from factcheck.store import RunWriter, connect
from factcheck.store.staging import StagedCopy, staging_path, wal_path
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


@pytest.mark.parametrize("staged", [True, False])
def test_a_copy_left_by_a_killed_run_is_removed_by_the_next_writer(tmp_path, staged):
    db = tmp_path / "f.duckdb"
    write_run(db, "r-old", "old", staged=True)
    staging_path(db).write_bytes(b"what a killed run left")
    wal_path(staging_path(db)).write_bytes(b"and its log")
    write_run(db, "r-new", "new", staged=staged)
    assert not staging_path(db).exists() and not wal_path(staging_path(db)).exists()
    assert len(rows(db)["documents"]) == 40


LEAVE_A_LOG = """
import os, sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("CREATE TABLE marker AS SELECT 42 AS x")
os._exit(0)  # killed: no checkpoint, the write-ahead log stays beside the file
"""


def test_a_log_a_killed_writer_left_on_the_database_is_in_the_staged_copy(tmp_path):
    db = tmp_path / "f.duckdb"
    write_run(db, "r-old", "old", staged=True)
    subprocess.run([sys.executable, "-c", LEAVE_A_LOG, str(db)], check=True)
    assert wal_path(db).exists()
    write_run(db, "r-new", "new", staged=True)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT x FROM marker").fetchall() == [(42,)]
    assert not wal_path(db).exists()


WRITE_BESIDE = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("DELETE FROM claim_rows")
"""


def test_another_writer_is_refused_while_a_staged_run_writes_its_copy(tmp_path):
    db = tmp_path / "f.duckdb"
    write_run(db, "r-old", "old", staged=True)
    documents = build_documents("new", 40)
    with RunWriter(db, "r-new", paths=["x"], extractor_version="t", atomic=True, staged=True) as w:
        w.save(documents[:8])
        beside = subprocess.run(
            [sys.executable, "-c", WRITE_BESIDE, str(db)], capture_output=True, text=True
        )
        w.save(documents[8:])
        w.finish()
    assert beside.returncode != 0 and "lock" in beside.stderr
    assert len(rows(db)["claim_rows"]) == sum(len(claims) for _, claims in documents)


def test_a_staged_run_through_a_symlink_keeps_the_link_and_the_file_mode(tmp_path):
    real, link = tmp_path / "real.duckdb", tmp_path / "link.duckdb"
    write_run(real, "r-old", "old", staged=True)
    real.chmod(0o640)
    link.symlink_to(real)
    write_run(link, "r-new", "new", staged=True)
    assert link.is_symlink() and (real.stat().st_mode & 0o777) == 0o640
    assert len(rows(real)["documents"]) == 40


def test_a_strict_run_longer_than_the_threshold_is_staged_and_stores_its_claims(
    tmp_path, monkeypatch
):
    monkeypatch.setattr("factcheck.run.STAGED_RUN_ARTICLES", 0)
    staged_copies = []
    real_open = StagedCopy.open

    def recording_open(self):
        staged_copies.append(self.path)
        return real_open(self)

    monkeypatch.setattr(StagedCopy, "open", recording_open)
    db = tmp_path / "f.duckdb"
    report = run_pipeline(RunRequest(paths=[str(SEEDS)], db=str(db), strict=True, reference=[]))
    assert staged_copies == [db.resolve()]
    assert report.n_claims == 7 and len(rows(db)["claim_rows"]) == 7
    assert not staging_path(db).exists()
