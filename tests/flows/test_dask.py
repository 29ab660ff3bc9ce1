"""Extraction on a Dask cluster through prefect-dask: a real local cluster of 2 worker
processes, a real Prefect API, a real DuckDB file; the flow run is the only writer."""

from __future__ import annotations

import shutil

import pytest

from factcheck.run import RunRequest, run_pipeline
from factcheck.store import connect
from flows.extract_claims import extract_claims_flow
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus" / "articles"


@pytest.fixture(scope="module")
def dask_address():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    yield cluster.scheduler_address
    cluster.close()


def _claims(db):
    with connect(db, read_only=True) as con:
        return con.execute(
            'SELECT claim_id, "value", subject, source_text, caveats, flag_reasons '
            "FROM claims ORDER BY claim_id"
        ).fetchall()


def test_dask_cluster_of_two_workers_gives_the_claims_of_one_process(
    prefect_harness, dask_address, tmp_path
):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for article in sorted(CORPUS.glob("*.txt"))[:6]:
        shutil.copy(article, inbox / article.name)
    on_dask = tmp_path / "dask.duckdb"
    local = tmp_path / "local.duckdb"
    report = extract_claims_flow(paths=[str(inbox)], db=str(on_dask), dask_address=dask_address)
    run_pipeline(RunRequest(paths=[str(inbox)], db=str(local), workers=1))
    assert report.n_changed == 6 and report.n_claims > 0
    assert _claims(on_dask) == _claims(local)
