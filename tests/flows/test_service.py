"""End to end: a real Prefect server, work pool, `prefect deploy --all` of prefect.yaml, a
worker, and deployment runs whose claims land in DuckDB and whose artifacts reach the API."""

from __future__ import annotations

import asyncio
import shutil
from uuid import UUID

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
from prefect.deployments import run_deployment
from prefect.settings import PREFECT_API_URL, temporary_settings

from factcheck.store import connect
from tests.conftest import ROOT, SEEDS
from tests.flows import prefect_service as svc
from tests.http_fixture import Route, feed_xml, seed_as_html

pytestmark = pytest.mark.e2e
POOL = "factcheck-local"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    """Server + pool + deployments + worker, all stopped afterwards."""
    base = tmp_path_factory.mktemp("prefect")
    port = svc.find_free_port()
    env = svc.service_env(base / "home", port)
    env["FACTCHECK_ALLOW_PRIVATE_HOSTS"] = "1"  # the test site is on 127.0.0.1
    server = svc.start(
        ["server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=ROOT,
        log=base / "server.log",
    )
    worker = None
    try:
        svc.wait_healthy(port, process=server)
        svc.run_cli(
            ["work-pool", "create", POOL, "--type", "process", "--overwrite"], env=env, cwd=ROOT
        )
        svc.run_cli(["--no-prompt", "deploy", "--all"], env=env, cwd=ROOT)
        worker = svc.start(
            ["worker", "start", "--pool", POOL], env=env, cwd=ROOT, log=base / "worker.log"
        )
        with temporary_settings({PREFECT_API_URL: env["PREFECT_API_URL"]}):
            yield base
    finally:
        if worker is not None:
            svc.stop(worker)
        svc.stop(server)


def run(name, parameters):
    flow_run = run_deployment(name, parameters=parameters, timeout=300)
    return flow_run


async def read_run_artifacts(flow_run_id: UUID):
    async with get_client() as client:
        return await client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )


async def read_deployment(name: str):
    async with get_client() as client:
        return await client.read_deployment_by_name(name)


def test_deployment_run_by_a_worker_stores_claims_and_publishes_artifacts(service):
    inbox = service / "articles"
    shutil.copytree(SEEDS, inbox)
    db = service / "service.duckdb"
    flow_run = run("factcheck-extract/on-demand", {"paths": [str(inbox)], "db": str(db)})
    assert flow_run.state is not None and flow_run.state.is_completed(), flow_run.state
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM claims").fetchone() == (7,)
        assert con.execute("SELECT flow_run_id FROM runs").fetchone() == (str(flow_run.id),)
    artifacts = asyncio.run(read_run_artifacts(flow_run.id))
    by_key = {a.key: a for a in artifacts}
    assert by_key["flagged-claims"].type == "table"
    assert "the Hamas-run Gaza health ministry" in str(by_key["flagged-claims"].data)
    assert by_key["run-summary"].type == "markdown"


def test_deployment_runs_over_a_web_page_and_a_feed(service, site):
    html = seed_as_html().encode()
    site.routes["/a.html"] = Route(html)
    site.routes["/b.html"] = Route(html.replace(b"9,000", b"9,500"))  # stays flagged
    site.routes["/feed.xml"] = Route(
        feed_xml(site.base, ["/b.html"]).encode(), content_type="application/rss+xml"
    )
    db = service / "web.duckdb"
    page_run = run("factcheck-extract/on-demand", {"paths": [site.base + "/a.html"], "db": str(db)})
    feed_run = run(
        "factcheck-extract/feeds-half-hourly",
        {"feeds": [site.base + "/feed.xml"], "feeds_file": None, "db": str(db)},
    )
    for flow_run in (page_run, feed_run):
        assert flow_run.state is not None and flow_run.state.is_completed(), flow_run.state
    with connect(db, read_only=True) as con:
        origins = con.execute("SELECT origin, count(*) FROM documents GROUP BY 1 ORDER BY 1")
        assert origins.fetchall() == [("feed", 1), ("url", 1)]
        texts = {r[0] for r in con.execute('SELECT "text" FROM claims').fetchall()}
    assert {"9,000", "9,500"} <= texts
    feed_artifacts = {a.key: a for a in asyncio.run(read_run_artifacts(feed_run.id))}
    assert "9,500" in str(feed_artifacts["flagged-claims"].data)
    assert site.base + "/b.html" in str(feed_artifacts["run-summary"].data)


def test_scheduled_deployments_are_active_and_an_empty_inbox_succeeds(service):
    deployment = asyncio.run(read_deployment("factcheck-extract/inbox-hourly"))
    assert [s.schedule.interval.total_seconds() for s in deployment.schedules] == [3600]
    assert all(s.active for s in deployment.schedules)
    feeds = asyncio.run(read_deployment("factcheck-extract/feeds-half-hourly"))
    assert [(s.schedule.cron, s.active) for s in feeds.schedules] == [("*/30 * * * *", True)]
    empty = service / "empty-inbox"
    empty.mkdir()
    db = service / "inbox.duckdb"
    flow_run = run("factcheck-extract/inbox-hourly", {"paths": [str(empty)], "db": str(db)})
    assert flow_run.state is not None and flow_run.state.is_completed(), flow_run.state
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT n_documents, status FROM runs").fetchone() == (0, "completed")


def test_verify_deployment_rechecks_stored_claims_and_publishes_contradictions(service):
    db = service / "verify.duckdb"
    # extracted with no reference figures, so that the verify deployment's reload is what
    # changes the statuses (a run loads data/reference by default)
    extract = run(
        "factcheck-extract/on-demand", {"paths": [str(SEEDS)], "db": str(db), "reference": []}
    )
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
