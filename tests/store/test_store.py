import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from factcheck.errors import QueryError, StoreError
from factcheck.extract import extract_claims
from factcheck.model import Article
from factcheck.store import (
    compute_claim_id,
    compute_doc_id,
    connect,
    migrate,
    run_query,
    save_article,
    save_run,
)
from tests.conftest import ROOT

TEXT = (
    "Police said 12 people were killed. Those numbers cannot be independently verified.\n"
    "A US official said roughly 240 hostages are held."
)


@pytest.fixture
def article():
    return Article(doc="a.txt", text=TEXT, source="/news/a.txt", title="a")


@pytest.fixture
def claims(nlp, article):
    return extract_claims(nlp(article.text), doc_name=article.doc).claims


def count(con, table):
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_migrations_are_recorded_and_apply_once(db):
    assert migrate(db) == []
    names = db.execute("SELECT name FROM _migrations ORDER BY version").fetchall()
    shipped = sorted(p.name for p in (ROOT / "factcheck" / "store" / "migrations").glob("*.sql"))
    assert [name for (name,) in names] == shipped
    assert shipped[:6] == [
        "0001_initial.sql",
        "0002_sources.sql",
        "0003_drop_claim_doc_index.sql",
        "0004_sentences_and_review.sql",
        "0005_verification.sql",
        "0006_claim_links.sql",
    ]


def test_saving_the_same_article_twice_does_not_duplicate(db, article, claims):
    first = save_article(db, article, claims, run_id="r1", extractor_version="v")
    second = save_article(db, article, claims, run_id="r2", extractor_version="v")
    assert (first.changed, second.changed) == (True, False)
    assert count(db, "documents") == 1
    assert count(db, "claims") == len(claims) == 2


def test_claim_ids_are_stable_hashes_of_document_and_offsets(db, article, claims):
    save_article(db, article, claims, run_id="r1", extractor_version="v")
    doc_id = compute_doc_id(article.source)
    expected = sorted(compute_claim_id(doc_id, c.start, c.end) for c in claims)
    assert sorted(r[0] for r in db.execute("SELECT claim_id FROM claims").fetchall()) == expected


def test_changed_article_replaces_its_claims(db, nlp, article, claims):
    save_article(db, article, claims, run_id="r1", extractor_version="v")
    edited = Article(doc="a.txt", text="Police said 15 people died.", source=article.source)
    new_claims = extract_claims(nlp(edited.text), doc_name="a.txt").claims
    result = save_article(db, edited, new_claims, run_id="r2", extractor_version="v")
    assert result.changed
    assert db.execute('SELECT "text" FROM claims').fetchall() == [("15",)]


def test_failed_article_write_keeps_the_old_state(db, article, claims):
    save_article(db, article, claims, run_id="r1", extractor_version="v")
    broken = [claims[0].__class__(**{**claims[0].__dict__, "start": 2**40})]
    with pytest.raises(duckdb.Error):
        save_article(db, article, broken, run_id="r2", extractor_version="v2")
    assert count(db, "claims") == 2
    assert db.execute("SELECT extractor_version FROM documents").fetchone() == ("v",)


def test_claims_view_has_the_claim_record_fields(db, article, claims):
    save_article(db, article, claims, run_id="r1", extractor_version="v")
    columns = [d[0] for d in db.execute("SELECT * FROM claims").description]
    record = claims[0].to_record()
    expected = [k for k in record if k not in ("source",)] + ["source_text", "source_kind"]
    assert set(expected) <= set(columns)
    row = db.execute("SELECT caveats, source_kind FROM claims WHERE \"text\" = '12'").fetchone()
    assert row == (
        [{"kind": "not_independently_verified", "text": "cannot be independently verified"}],
        "named_org",
    )


def test_flagged_claims_view_orders_by_priority(db, article, claims):
    save_article(db, article, claims, run_id="r1", extractor_version="v")
    rows = db.execute('SELECT "text", priority FROM flagged_claims').fetchall()
    assert [p for _, p in rows] == sorted((p for _, p in rows), reverse=True)
    assert {t for t, _ in rows} == {"12", "roughly 240"}


def test_claims_by_source_counts_claims_per_source(db, article, claims):
    save_article(db, article, claims, run_id="r1", extractor_version="v")
    rows = db.execute(
        "SELECT source_text, source_kind, n_claims, caveat_kinds FROM claims_by_source "
        "ORDER BY source_text"
    ).fetchall()
    assert rows == [
        ("A US official", "anonymous", 1, ["anonymous_source"]),
        ("Police", "named_org", 1, ["not_independently_verified"]),
    ]


def test_public_columns_are_documented(db):
    undocumented = db.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE table_name IN ('claims', 'flagged_claims', 'claims_by_source') AND comment IS NULL"
    ).fetchall()
    assert undocumented == []


def test_save_run_records_the_run_and_is_idempotent(tmp_path, article, claims):
    path = tmp_path / "f.duckdb"
    kwargs = dict(paths=["x"], articles=[(article, claims)], extractor_version="v")
    first = save_run(path, "r1", **kwargs)
    second = save_run(path, "r2", **kwargs)
    assert (first.n_changed, second.n_changed) == (1, 0)
    with connect(path, read_only=True) as con:
        assert count(con, "claims") == 2
        assert con.execute(
            "SELECT run_id, status, n_claims FROM runs ORDER BY run_id"
        ).fetchall() == [("r1", "completed", 2), ("r2", "completed", 2)]


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM claim_rows",
        "DROP TABLE documents",
        "INSERT INTO runs (run_id, started_at, paths, status) VALUES ('x', now(), [], 'running')",
        "ATTACH '/tmp/other.duckdb' AS other",
        "COPY claim_rows TO '/tmp/out.csv'",
        "SET enable_external_access = true",
        "INSTALL fts",
        "LOAD fts",
        "SELECT * FROM read_csv('/etc/passwd')",
    ],
)
def test_query_refuses_statements_that_write_or_reach_outside(tmp_path, article, claims, sql):
    path = tmp_path / "f.duckdb"
    save_run(path, "r1", paths=["x"], articles=[(article, claims)], extractor_version="v")
    with pytest.raises(QueryError, match="query refused or failed"):
        run_query(path, sql)
    assert run_query(path, "SELECT count(*) FROM claims").rows == [(2,)]


def test_database_path_that_is_a_folder_is_an_error(tmp_path):
    with pytest.raises(StoreError, match="is a folder"), connect(tmp_path):
        pass


def test_writer_waits_for_a_lock_then_fails_with_a_clear_message(tmp_path):
    path = tmp_path / "locked.duckdb"
    duckdb.connect(str(path)).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(path)!r})
            print("locked", flush=True)
            time.sleep(30)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with (
            pytest.raises(StoreError, match="still locked by another process"),
            connect(path, lock_timeout=0.5),
        ):
            pass
        assert time.monotonic() - started >= 0.5
    finally:
        holder.kill()
        holder.wait()


def test_run_retried_with_the_same_id_replaces_its_earlier_attempt(tmp_path, article, claims):
    path = tmp_path / "f.duckdb"
    kwargs = dict(paths=["x"], articles=[(article, claims)], extractor_version="v")
    save_run(path, "r1", **kwargs, failures=[("/gone.txt", "/gone.txt: no such file")])
    retried = save_run(path, "r1", **kwargs, failures=[("/gone.txt", "/gone.txt: no such file")])
    assert retried.n_documents == 1
    with connect(path, read_only=True) as con:
        assert con.execute("SELECT run_id, status FROM runs").fetchall() == [("r1", "completed")]
        assert count(con, "source_failures") == 1
        assert count(con, "claims") == 2


def test_run_left_running_by_a_killed_writer_is_marked_failed(tmp_path, article, claims):
    path = tmp_path / "f.duckdb"
    with connect(path) as con:
        migrate(con)
        con.execute(
            "INSERT INTO runs (run_id, started_at, paths, status) VALUES ('killed', now(), [], 'running')"
        )
    save_run(path, "r2", paths=["x"], articles=[(article, claims)], extractor_version="v")
    with connect(path, read_only=True) as con:
        assert con.execute("SELECT run_id, status FROM runs ORDER BY run_id").fetchall() == [
            ("killed", "failed"),
            ("r2", "completed"),
        ]


LINKED_TEXT = (
    "Quake toll hits 2,000\n\n"
    "The earthquake killed 2,000 people, the health ministry said. The army said 700 people "
    "died. The ministry later said again that 2,000 people were killed."
)


def test_claim_links_view_joins_each_link_to_a_stored_claim_of_the_same_article(db, nlp):
    article = Article(doc="q.txt", text=LINKED_TEXT, source="/news/q.txt")
    claims = extract_claims(nlp(article.text), doc_name=article.doc).claims
    save_article(db, article, claims, run_id="r1", extractor_version="v")
    rows = db.execute(
        'SELECT kind, "start", "text", linked_start, linked_text, linked_source_text '
        'FROM claim_links ORDER BY "start", kind'
    ).fetchall()
    expected = sorted(
        (link.kind.value, c.start, c.text, link.start) for c in claims for link in c.links
    )
    assert expected  # the article has a headline figure, a repeat and a competing figure
    assert sorted((k, s, t, ls) for k, s, t, ls, _, _ in rows) == expected
    assert {kind for kind, *_ in rows} == {"headline", "repeat", "competing"}
    assert all(text == LINKED_TEXT[start : start + len(text)] for *_, start, text, _ in rows)


def test_a_database_made_before_claim_links_keeps_its_claims_with_no_links(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE _migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
        "applied_at TIMESTAMP NOT NULL)"
    )
    from factcheck.store.db import _read_migrations

    for version, name, sql in _read_migrations():
        if version < 6:
            con.execute(sql)
            con.execute("INSERT INTO _migrations VALUES (?, ?, now())", [version, name])
    con.execute(
        'INSERT INTO claim_rows (claim_id, doc_id, doc, "start", "end", "text", '
        '"value", approx, unit, subject, source_text, source_kind, caveats, "key", status, '
        "flagged, flag_reasons, extracted_at) VALUES ('c1', 'd1', 'a.txt', 0, 2, '12', 12, "
        "'exact', '', 'dead', '', 'none', [], false, 'unverified', true, [], now())"
    )
    assert migrate(con)[0] == "0006_claim_links.sql"
    assert con.execute("SELECT claim_id, links FROM claims").fetchall() == [("c1", [])]
    assert con.execute("SELECT count(*) FROM claim_links").fetchone() == (0,)
    con.close()


def test_every_migration_replays_from_the_write_ahead_log_of_a_killed_writer(tmp_path):
    # DuckDB 1.5.5 cannot replay some statements from its log (an ADD COLUMN with a list
    # default did not): a writer killed after migrating, before the checkpoint, must leave a
    # database that opens.
    path = tmp_path / "killed.duckdb"
    script = textwrap.dedent(
        f"""
        import os, duckdb
        from factcheck.store.db import _read_migrations
        con = duckdb.connect({str(path)!r})
        for _, _, sql in _read_migrations():
            con.execute(sql)
        os._exit(0)  # no checkpoint: everything is in the write-ahead log
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)
    assert path.with_name(path.name + ".wal").exists()
    con = duckdb.connect(str(path))
    columns = {row[0] for row in con.execute("DESCRIBE claim_rows").fetchall()}
    con.close()
    assert {"links", "implied", "sentence"} <= columns
