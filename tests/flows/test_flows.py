"""The flow against a real (temporary) Prefect API and a real DuckDB file."""

import shutil

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

from factcheck.store import connect
from flows.extract_claims import extract_claims_flow
from tests.conftest import SEEDS


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    shutil.copytree(SEEDS, folder)
    return folder


def test_flow_stores_claims_and_a_rerun_adds_nothing(prefect_harness, inbox, tmp_path):
    db = tmp_path / "f.duckdb"
    first = extract_claims_flow(paths=[str(inbox)], db=str(db))
    second = extract_claims_flow(paths=[str(inbox)], db=str(db))
    # data/reference (loaded by every run) verifies "roughly 240" and "over 1,400"
    assert (first.n_claims, first.n_flagged, first.n_changed) == (7, 5, 1)
    assert (second.n_changed, second.n_unchanged) == (0, 1)
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM claims").fetchone() == (7,)
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM runs WHERE status = 'completed'").fetchone() == (
            2,
        )


async def read_artifacts(key):
    async with get_client() as client:
        return await client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key]))
        )


def test_flow_publishes_the_flagged_claims_as_a_table_artifact(prefect_harness, inbox, tmp_path):
    import asyncio

    extract_claims_flow(paths=[str(inbox)], db=str(tmp_path / "f.duckdb"))
    artifacts = asyncio.run(read_artifacts("flagged-claims"))
    assert artifacts
    latest = max(artifacts, key=lambda a: a.created)
    assert latest.type == "table"
    assert "the Hamas-run Gaza health ministry" in str(latest.data)
    assert asyncio.run(read_artifacts("run-summary"))


def test_strict_flow_fails_on_a_bad_article_without_writing(prefect_harness, inbox, tmp_path):
    (inbox / "empty.txt").write_bytes(b"")
    db = tmp_path / "f.duckdb"
    with pytest.raises(Exception, match="empty.txt: empty file"):
        extract_claims_flow(paths=[str(inbox)], db=str(db), strict=True)
    assert not db.exists()


def test_bad_article_is_recorded_as_failed_and_the_rest_is_stored(prefect_harness, inbox, tmp_path):
    (inbox / "empty.txt").write_bytes(b"")
    db = tmp_path / "f.duckdb"
    report = extract_claims_flow(paths=[str(inbox)], db=str(db))
    assert (report.n_changed, report.n_claims, report.n_failed) == (1, 7, 1)
    with connect(db, read_only=True) as con:
        source, reason = con.execute("SELECT source, reason FROM source_failures").fetchone()
    assert source.endswith("empty.txt") and "empty file" in reason


def test_run_fails_when_nothing_can_be_read(prefect_harness, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    with pytest.raises(Exception, match="nothing could be read"):
        extract_claims_flow(paths=[str(bad)], db=str(tmp_path / "f.duckdb"))


def test_file_edited_in_place_between_two_runs_is_parsed_again(prefect_harness, inbox, tmp_path):
    db = tmp_path / "f.duckdb"
    article = next(inbox.glob("*.txt"))
    extract_claims_flow(paths=[str(inbox)], db=str(db))
    text = article.read_text(encoding="utf-8")
    # Same name, same size class, new content: only the content hash can tell.
    article.write_text(text.replace("roughly 240", "roughly 250"), encoding="utf-8")
    second = extract_claims_flow(paths=[str(inbox)], db=str(db))
    assert (second.n_changed, second.n_unchanged) == (1, 0)
    with connect(db, read_only=True) as con:
        values = {row[0] for row in con.execute('SELECT "value" FROM claims').fetchall()}
    assert 250 in values and 240 not in values
