"""Lock contention between real processes: writers queue, readers never lose a write."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from factcheck.config import resolve_lock_timeout
from factcheck.errors import ConfigError, StoreError
from factcheck.model import Approx, Article, Claim, Source, SourceKind
from factcheck.store import connect, save_run, snapshot_path
from tests.conftest import ROOT
from tests.store.crash_writer import build_documents

WRITER = textwrap.dedent("""
    import sys
    from factcheck.model import Approx, Article, Claim, Source, SourceKind
    from factcheck.store import save_run

    db, name, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    for n in range(runs):
        text = f"{name} {n}: Police said 12 people died."
        article = Article(doc=f"{name}-{n}.txt", text=text, source=f"/{name}/{n}.txt")
        claim = Claim(doc=article.doc, start=text.index("12"), end=text.index("12") + 2,
                      text="12", value=12, approx=Approx.EXACT, subject="people",
                      source=Source("Police", SourceKind.NAMED_ORG))
        save_run(__import__("pathlib").Path(db), f"{name}-{n}", paths=[name],
                 articles=[(article, [claim])], extractor_version="v", lock_timeout=60)
    print("done", flush=True)
""")


def one_article(name: str) -> tuple[Article, list[Claim]]:
    text = f"{name}: Police said 12 people died."
    article = Article(doc=f"{name}.txt", text=text, source=f"/{name}.txt")
    start = text.index("12")
    claim = Claim(
        doc=article.doc,
        start=start,
        end=start + 2,
        text="12",
        value=12,
        approx=Approx.EXACT,
        subject="people",
        source=Source("Police", SourceKind.NAMED_ORG),
    )
    return article, [claim]


def hold(script: str) -> subprocess.Popen:
    """Run ``script`` in another process; it prints 'holding' once it holds what it holds."""
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "holding"
    return process


def test_concurrent_writer_processes_lose_no_write(tmp_path):
    db = tmp_path / "f.duckdb"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), f"w{i}", "8"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(3)
    ]
    outputs = [w.communicate(timeout=180) for w in writers]
    assert [w.returncode for w in writers] == [0, 0, 0], outputs
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (24,)
        assert con.execute("SELECT count(*) FROM claims").fetchone() == (24,)
        assert con.execute("SELECT count(*) FROM runs WHERE status = 'completed'").fetchone() == (
            24,
        )


def test_writer_queued_behind_another_run_fails_with_a_clear_message(tmp_path):
    db = tmp_path / "f.duckdb"
    holder = hold(f"""
import time
from pathlib import Path
from factcheck.store import writer_lock
with writer_lock(Path({str(db)!r})):
    print("holding", flush=True)
    time.sleep(30)
""")
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match="another factcheck run is still writing"):
            save_run(
                db,
                "r1",
                paths=["x"],
                articles=[one_article("a")],
                extractor_version="v",
                lock_timeout=0.5,
            )
        assert time.monotonic() - started >= 0.5
    finally:
        holder.kill()
        holder.wait()


def test_writer_waits_for_a_reader_to_close_then_writes(tmp_path):
    db = tmp_path / "f.duckdb"
    save_run(db, "r0", paths=["x"], articles=[one_article("a")], extractor_version="v")
    reader = hold(f"""
import time, duckdb
con = duckdb.connect({str(db)!r}, read_only=True)
print("holding", flush=True)
time.sleep(1.5)
con.close()
""")
    try:
        started = time.monotonic()
        save_run(
            db,
            "r1",
            paths=["x"],
            articles=[one_article("b")],
            extractor_version="v",
            lock_timeout=30,
        )
        assert time.monotonic() - started >= 0.5
    finally:
        reader.wait(timeout=30)
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)


def test_people_hold_the_snapshot_open_without_blocking_the_writer(tmp_path):
    db = tmp_path / "f.duckdb"
    save_run(db, "r0", paths=["x"], articles=[one_article("a")], extractor_version="v")
    snapshot = snapshot_path(db)
    reader = hold(f"""
import time, duckdb
con = duckdb.connect({str(snapshot)!r}, read_only=True)
print("holding", flush=True)
time.sleep(20)
""")
    try:
        save_run(
            db,
            "r1",
            paths=["x"],
            articles=[one_article("b")],
            extractor_version="v",
            lock_timeout=2,
        )
    finally:
        reader.kill()
        reader.wait()
    fresh = duckdb.connect(str(snapshot), read_only=True)
    assert fresh.execute("SELECT count(*) FROM claims").fetchone() == (2,)
    assert fresh.execute("SELECT count(*) FROM flagged_claims").fetchone() == (2,)
    fresh.close()


@pytest.mark.parametrize(("raw", "ok"), [("2.5", True), ("abc", False), ("-1", False)])
def test_lock_timeout_comes_from_the_environment(monkeypatch, raw, ok):
    monkeypatch.setenv("FACTCHECK_LOCK_TIMEOUT", raw)
    if ok:
        assert resolve_lock_timeout() == 2.5
    else:
        with pytest.raises(ConfigError, match="FACTCHECK_LOCK_TIMEOUT"):
            resolve_lock_timeout()


FLOW = textwrap.dedent("""
    import sys
    from flows.extract_claims import extract_claims_flow
    report = extract_claims_flow(paths=[sys.argv[2]], db=sys.argv[1])
    print(report.n_changed, report.n_claims, flush=True)
""")


def test_two_flow_runs_at_once_are_serialised_and_lose_no_write(prefect_harness, tmp_path):
    from prefect.settings import PREFECT_API_URL

    db = tmp_path / "f.duckdb"
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"Police in {name} said 12 people were arrested and 3 were hurt.\n")
        paths.append(path)
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", FLOW, str(db), str(path)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in paths
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err[-2000:] for _, err in outputs]
    assert [out.split()[-2:] for out, _ in outputs] == [["1", "2"], ["1", "2"]]
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)
        assert con.execute("SELECT count(*) FROM claims").fetchone() == (4,)
        assert con.execute("SELECT count(*) FROM runs WHERE status = 'completed'").fetchone() == (
            2,
        )


@pytest.mark.parametrize("bound", ["256MB", "1MB"])
def test_the_snapshot_is_whole_under_its_memory_bound_or_past_it_and_the_limit_is_restored(
    tmp_path, monkeypatch, bound
):
    from factcheck.store import db as store_db

    monkeypatch.setattr(store_db, "SNAPSHOT_MEMORY", bound)  # 1MB: too small, copied unbounded
    path = tmp_path / "f.duckdb"
    save_run(path, "r1", paths=["a"], articles=build_documents("new", 200), extractor_version="t")
    with connect(path) as con:
        limit_sql = "SELECT current_setting('memory_limit')"
        before = _gib(con.execute(limit_sql).fetchone())
        store_db.publish_snapshot(con, path)
        assert _gib(con.execute(limit_sql).fetchone()) == pytest.approx(before, abs=0.11)
        stored = con.execute("SELECT count(*) FROM claim_rows").fetchone()
    with duckdb.connect(str(snapshot_path(path)), read_only=True) as snap:
        assert snap.execute("SELECT count(*) FROM claim_rows").fetchone() == stored


def _gib(setting) -> float:
    """A memory setting as DuckDB prints it ("18.8 GiB", "244.1 MiB") in GiB (rounded there)."""
    number, unit = setting[0].split()
    return float(number) / {"GiB": 1, "MiB": 1024, "KiB": 1024**2}[unit]
