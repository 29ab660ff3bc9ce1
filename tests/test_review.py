"""What a fact-checker reads: the sentence of each claim, the review queue, `factcheck status`,
`factcheck show`, and command output that survives a closed pipe (issue 8)."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime

import pytest

from factcheck.cli import main
from factcheck.extract import extract_article
from factcheck.report import describe_sources, mark_in_sentence, render_review_queue
from factcheck.sources.files import read_article
from factcheck.status import DeploymentStatus, format_status
from factcheck.store import StoreStatus, read_review_queue, read_status, run_query, save_run
from tests.conftest import ROOT, SEEDS

SEED = SEEDS / "blinken-gaza-pauses.txt"


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory, nlp):
    """The seed article extracted with the real model and stored by a real run."""
    path = tmp_path_factory.mktemp("review") / "f.duckdb"
    article = read_article(SEED)
    claims = extract_article(nlp, article).claims
    save_run(path, "r1", paths=["seeds"], articles=[(article, claims)], extractor_version="v")
    return path


def test_each_stored_claim_keeps_the_sentence_it_stands_in(seed_db):
    rows = run_query(seed_db, 'SELECT "text", sentence FROM flagged_claims').rows
    assert len(rows) == 7
    for figure, sentence in rows:
        assert figure in sentence and "\n" not in sentence
    by_figure = dict(rows)
    assert by_figure["9,000"].endswith("according to the Hamas-run Gaza health ministry.")


def test_review_queue_lists_claims_in_their_sentence_with_reasons_source_and_article(seed_db):
    markdown = render_review_queue(read_review_queue(seed_db, limit=3))
    items = re.findall(r"^\d+\. .*$", markdown, flags=re.M)
    assert len(items) == 3
    assert "crossed **9,000**, according to" in items[0]  # highest priority first
    assert "*why:* the text says it could not be verified" in markdown
    assert "the Hamas-run Gaza health ministry (named_org)" in markdown
    assert f"`{SEED.resolve()}`" in markdown  # a file's article is its path


def test_review_queue_links_an_article_read_from_a_url():
    from factcheck.store import QueryResult

    row = {
        "text": "12",
        "sentence": "Police said 12 people died.",
        "flag_reasons": ["unverified: no reference"],
        "source_text": "Police",
        "source_kind": "named_org",
        "title": "Twelve dead",
        "doc": "a.html",
        "doc_source": "https://news.example/a.html",
        "published": "2024-05-01",
    }
    markdown = render_review_queue(QueryResult(list(row), [tuple(row.values())]))
    assert "[Twelve dead](https://news.example/a.html) · 2024-05-01" in markdown


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Police said 12 people died.", "12", "Police said **12** people died."),
        ("ab " * 50 + "then 7 more", "7", "…" + "ab " * 28 + "then **7** more"),
        ("No figure here.", "12", "**12**"),
        ("Cost [1] was $5|6.", "$5|6", "Cost \\[1] was **$5\\|6**."),
    ],
)
def test_figure_is_marked_in_its_sentence_cut_around_it(sentence, figure, expected):
    assert mark_in_sentence(sentence, figure) == expected


@pytest.mark.parametrize(
    ("paths", "feeds", "feeds_file", "expected"),
    [
        (None, None, None, "seeds"),
        (["data/inbox"], None, None, "data/inbox"),
        ([], None, "data/feeds.txt", "feeds in data/feeds.txt"),
        ([], ["https://a/rss"], None, "https://a/rss"),
        (["a", "b", "c"], None, None, "a, b +1 more"),
    ],
)
def test_a_run_is_named_after_what_it_reads(paths, feeds, feeds_file, expected):
    assert describe_sources(paths, feeds, feeds_file) == expected


def test_status_counts_documents_claims_flagged_and_the_last_run(seed_db):
    status = read_status(seed_db)
    assert (status.n_documents, status.n_claims, status.n_flagged) == (1, 7, 7)
    assert status.last_run is not None and status.last_run["status"] == "completed"
    text = format_status(status, None)
    assert "claims     7 (7 flagged)" in text and "completed: seeds" in text
    assert "no PREFECT_API_URL" in text


def test_status_warns_when_an_active_schedule_has_nothing_upcoming(tmp_path):
    empty = read_status(tmp_path / "none.duckdb")
    deployments = [
        DeploymentStatus("f/hourly", ("every 3600 s",), True, None),
        DeploymentStatus("f/half-hourly", ("cron */30 * * * * UTC",), True, "2026-01-01T00:30Z"),
        DeploymentStatus("f/on-demand", (), False, None),
    ]
    text = format_status(empty, deployments)
    warnings = [line for line in text.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "f/hourly" in warnings[0]
    assert "f/half-hourly: cron */30 * * * * UTC, active, next run 2026-01-01T00:30Z" in text
    assert "last run   none yet" in text


def test_status_command_prints_the_database_counts(capsys, seed_db, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["status", "--db", str(seed_db)]) == 0
    assert "documents  1" in capsys.readouterr().out


def test_show_writes_the_article_with_every_claim_marked_and_its_reasons(tmp_path, seed_db):
    out = tmp_path / "seed.html"
    assert main(["show", "blinken-gaza-pauses.txt", "--db", str(seed_db), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    marks = re.findall(
        r'<mark id="c\d+" class="unverified flagged" title="([^"]*)">([^<]*)</mark>', page
    )
    assert sorted(text for _, text in marks) == sorted(
        ["roughly 240", "roughly 10", "over 1,400", "2.3 million", "18", "9,000", "five"]
    )
    tooltip = dict((text, title) for title, text in marks)["9,000"]
    assert "partisan source: Hamas-run" in tooltip and "named_org" in tooltip
    assert page.count('<div class="claim unverified">') == 7


def test_show_of_an_unknown_article_is_one_line_error(capsys, seed_db):
    assert main(["show", "nope.txt", "--db", str(seed_db)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "nope.txt: no such article" in err


@pytest.mark.parametrize("command", ["query", "extract"])
def test_output_into_a_closed_pipe_exits_quietly(seed_db, command):
    args = (
        ["query", "SELECT * FROM claims, range(2000)", "--db", str(seed_db)]
        if command == "query"
        else ["extract", str(SEED), str(SEED)]
    )
    factcheck = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert factcheck.stdout is not None
    factcheck.stdout.readline()
    factcheck.stdout.close()  # what `| head -1` does
    _, err = factcheck.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err
    assert factcheck.returncode == 0


def test_store_status_of_a_missing_database_is_empty(tmp_path):
    assert read_status(tmp_path / "x.duckdb") == StoreStatus(tmp_path / "x.duckdb", 0, 0, 0, None)


def test_last_run_time_is_printed_in_utc(seed_db):
    status = read_status(seed_db)
    assert isinstance(status.last_run["started_at"], datetime)
    assert f"{status.last_run['started_at']:%Y-%m-%d %H:%M:%S} UTC" in format_status(status, None)
