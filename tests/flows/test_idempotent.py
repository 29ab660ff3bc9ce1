"""Idempotent runs: the same sources twice, or a run retried by Prefect, change nothing stored.

The crash test (test_crash.py) covers a run retried after its writer was killed.
"""

from __future__ import annotations

import shutil

import pytest

from factcheck.store import connect
from flows.extract_claims import extract_claims_flow
from tests.conftest import SEEDS
from tests.http_fixture import Route, seed_as_html

# Everything stored about documents and claims except when, and by which run.
DOCUMENT_COLUMNS = "doc_id, doc, source, title, published, content_hash, n_chars, origin, etag"
CLAIM_COLUMNS = (
    'claim_id, doc_id, "start", "end", "text", "value", high, approx, unit, subject, '
    'source_text, source_kind, caveats, "key", status, flagged, flag_reasons'
)


def stored(db):
    with connect(db, read_only=True) as con:
        return {
            "documents": con.execute(
                f"SELECT {DOCUMENT_COLUMNS} FROM documents ORDER BY doc_id"
            ).fetchall(),
            "claims": con.execute(
                f"SELECT {CLAIM_COLUMNS} FROM claim_rows ORDER BY claim_id"
            ).fetchall(),
            "feed_entries": con.execute("SELECT count(*) FROM feed_entries").fetchone(),
            "runs": con.execute("SELECT count(*) FROM runs").fetchone(),
        }


def test_same_sources_twice_give_identical_rows_and_claim_ids(
    prefect_harness, site, monkeypatch, tmp_path
):
    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE_HOSTS", "1")
    site.routes["/a.html"] = Route(seed_as_html().encode())
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    (inbox / "other.txt").write_text("Police said 12 people were arrested and 3 were hurt.\n")
    db = tmp_path / "f.duckdb"
    sources = [str(inbox), site.base + "/a.html"]

    extract_claims_flow(paths=sources, db=str(db))
    first = stored(db)
    extract_claims_flow(paths=sources, db=str(db))
    second = stored(db)

    assert len(first["documents"]) == 3 and len(first["claims"]) >= 16
    assert second["runs"] == (2,)
    assert {k: v for k, v in second.items() if k != "runs"} == {
        k: v for k, v in first.items() if k != "runs"
    }


def test_run_retried_by_prefect_records_itself_once(prefect_harness, tmp_path):
    # Every source fails, so the flow raises after storing its run: Prefect retries it with
    # the same flow run id, and the retry must replace that record, not collide with it.
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    db = tmp_path / "f.duckdb"
    retrying = extract_claims_flow.with_options(retries=1, retry_delay_seconds=0)
    with pytest.raises(Exception, match="nothing could be read"):
        retrying(paths=[str(bad)], db=str(db))
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*), count(DISTINCT flow_run_id) FROM runs").fetchone() == (
            1,
            1,
        )
        assert con.execute("SELECT count(*) FROM source_failures").fetchone() == (1,)
