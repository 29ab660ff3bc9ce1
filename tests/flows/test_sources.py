"""The flow over live sources: a local HTTP server serving an HTML article and an RSS feed."""

import asyncio

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    ArtifactFilter,
    ArtifactFilterFlowRunId,
    FlowRunFilter,
    FlowRunFilterId,
)

from factcheck.store import connect
from flows.extract_claims import extract_claims_flow
from tests.http_fixture import Route, feed_xml, seed_as_html


@pytest.fixture
def news(site, monkeypatch):
    """The site serves the seed as /a.html (with an ETag), /b.html, and a feed of both."""
    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE_HOSTS", "1")
    html = seed_as_html().encode()
    site.routes["/a.html"] = Route(html, etag='"a1"')
    site.routes["/b.html"] = Route(html.replace(b"roughly 240", b"about 250"))
    site.routes["/feed.xml"] = Route(
        feed_xml(site.base, ["/a.html", "/b.html"]).encode(), content_type="application/rss+xml"
    )
    site.routes["/menu.html"] = Route(b"<html><body><nav>Home</nav></body></html>")
    site.routes["/feed-broken.xml"] = Route(b"{not: xml", content_type="application/rss+xml")
    return site


def rows(db, sql):
    with connect(db, read_only=True) as con:
        return con.execute(sql).fetchall()


async def _task_run_names(flow_run_id):
    async with get_client() as client:
        runs = await client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
        )
    return {run.name for run in runs}


async def _summary(flow_run_id):
    async with get_client() as client:
        artifacts = await client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return next(a.data for a in artifacts if a.key == "run-summary")


def test_html_article_from_a_url_gives_its_claims(prefect_harness, news, tmp_path):
    db = tmp_path / "f.duckdb"
    report = extract_claims_flow(paths=[news.base + "/a.html"], db=str(db))
    assert report.n_claims >= 7
    found = rows(
        db, "SELECT source_text, caveats[1].kind FROM claims WHERE \"text\" = 'roughly 240'"
    )
    assert found == [("a second US official", "anonymous_source")]
    origin, title, published, fetched = rows(
        db, "SELECT origin, title, published::VARCHAR, fetched_at IS NOT NULL FROM documents"
    )[0]
    assert (origin, published, fetched) == ("url", "2023-11-02", True)
    assert title.startswith("Blinken to face uphill battle")


def test_feed_entries_are_followed_once_and_not_fetched_again(prefect_harness, news, tmp_path):
    db = tmp_path / "f.duckdb"
    first = extract_claims_flow(feeds=[news.base + "/feed.xml"], db=str(db))
    second = extract_claims_flow(feeds=[news.base + "/feed.xml"], db=str(db))
    assert (first.n_changed, second.n_documents) == (2, 0)
    assert news.hits["/feed.xml"] == 2
    assert (news.hits["/a.html"], news.hits["/b.html"]) == (1, 1)
    assert rows(db, "SELECT count(*), count(DISTINCT doc_id) FROM feed_entries") == [(2, 2)]
    assert rows(db, "SELECT DISTINCT origin FROM documents") == [("feed",)]


def test_second_run_over_unchanged_sources_parses_nothing(prefect_harness, news, tmp_path):
    db = tmp_path / "f.duckdb"
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "x.txt").write_text("Police said 12 people were arrested.")
    sources = [str(tmp_path / "inbox"), news.base + "/a.html"]
    extract_claims_flow(paths=sources, db=str(db))
    second = extract_claims_flow(paths=sources, db=str(db))
    assert (second.n_changed, second.n_unchanged, second.n_claims) == (0, 2, 0)
    assert news.not_modified["/a.html"] == 1
    names = asyncio.run(_task_run_names(_flow_run_id(db, second.run_id)))
    assert not [n for n in names if n.startswith(("extract ", "save "))]  # nothing to parse
    assert "Nothing new" in asyncio.run(_summary(_flow_run_id(db, second.run_id)))
    assert rows(db, "SELECT count(*) FROM claims") == [(8,)]


def test_unreadable_sources_are_recorded_and_the_run_completes(prefect_harness, news, tmp_path):
    db = tmp_path / "f.duckdb"
    bad = [news.base + "/missing", news.base + "/menu.html", "ftp://example.com/a"]
    report = extract_claims_flow(
        paths=[news.base + "/b.html", *bad], feeds=[news.base + "/feed-broken.xml"], db=str(db)
    )
    assert (report.n_changed, report.n_failed) == (1, 4)
    reasons = dict(rows(db, "SELECT source, reason FROM source_failures"))
    assert "HTTP 404" in reasons[news.base + "/missing"]
    assert "no article text" in reasons[news.base + "/menu.html"]
    assert "only http, https" in reasons["ftp://example.com/a"]
    assert "not an RSS or Atom feed" in reasons[news.base + "/feed-broken.xml"]
    summary = asyncio.run(_summary(_flow_run_id(db, report.run_id)))
    assert "## Failed sources" in summary and "HTTP 404" in summary


def test_private_addresses_are_refused_unless_allowed(prefect_harness, news, tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_ALLOW_PRIVATE_HOSTS")
    with pytest.raises(Exception, match="nothing could be read"):
        extract_claims_flow(paths=[news.base + "/a.html"], db=str(tmp_path / "f.duckdb"))
    assert news.hits["/a.html"] == 0


def _flow_run_id(db, run_id):
    return rows(db, f"SELECT flow_run_id FROM runs WHERE run_id = '{run_id}'")[0][0]


def test_feed_cannot_make_the_run_write_or_read_local_files(prefect_harness, news, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Police said 99 people were arrested.")
    hostile = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>x</title>"
        f"<item><title>../../../../tmp/pwned</title><link>file://{secret}</link></item>"
        f"<item><title>/etc/cron.d/x</title><link>{news.base}/a.html</link>"
        "<guid>../../etc/passwd</guid></item></channel></rss>"
    )
    news.routes["/hostile.xml"] = Route(hostile.encode(), content_type="application/rss+xml")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    db = tmp_path / "f.duckdb"
    report = extract_claims_flow(feeds=[news.base + "/hostile.xml"], db=str(db))
    assert report.n_changed == 1  # only the http entry was followed
    assert rows(db, "SELECT count(*) FROM claims WHERE \"text\" = '99'") == [(0,)]
    written = sorted(p.name for p in tmp_path.rglob("*"))
    assert set(written) - set(before) <= {
        "f.duckdb",
        "f.duckdb.wal",
        "f.duckdb.lock",
        "f-snapshot.duckdb",
    }
