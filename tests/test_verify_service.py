"""End to end: the verify deployments on a real Prefect server and worker (issue 9)."""

from __future__ import annotations

import asyncio

import pytest

from factcheck.store import connect
from tests.conftest import ROOT, SEEDS
from tests.test_service import read_deployment, read_run_artifacts, run, service  # noqa: F401

pytestmark = pytest.mark.e2e


def test_verify_deployment_rechecks_stored_claims_and_publishes_contradictions(service):  # noqa: F811
    db = service / "verify.duckdb"
    extract = run("factcheck-extract/on-demand", {"paths": [str(SEEDS)], "db": str(db)})
    assert extract.state is not None and extract.state.is_completed(), extract.state
    with connect(db, read_only=True) as con:
        assert con.execute(
            "SELECT count(*) FROM claims WHERE status <> 'unverified'"
        ).fetchone() == (0,)
    verify = run(
        "factcheck-verify/verify-on-demand",
        {"reference": [str(ROOT / "data" / "reference")], "db": str(db)},
    )
    assert verify.state is not None and verify.state.is_completed(), verify.state
    with connect(db, read_only=True) as con:
        statuses = dict(con.execute('SELECT "text", status FROM claims').fetchall())
    assert statuses["roughly 240"] == "verified"
    assert statuses["2.3 million"] == "contradicted"
    artifacts = {a.key: a for a in asyncio.run(read_run_artifacts(verify.id))}
    assert "UN OCHA" in str(artifacts["contradicted-claims"].data)
    assert "verified" in str(artifacts["verification-summary"].data)
    daily = asyncio.run(read_deployment("factcheck-verify/verify-daily"))
    assert [(s.schedule.cron, s.active) for s in daily.schedules] == [("15 4 * * *", True)]
