"""Flow: read articles (files, URLs, feeds), extract their claims, store them, publish the flagged.

Run it directly (`factcheck run seeds/`), or as the deployments in prefect.yaml. Work is
incremental: unchanged files and pages are not parsed again, seen feed entries not fetched.
"""

from __future__ import annotations

import uuid
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.runtime import flow_run
from prefect.states import State

import factcheck
from factcheck.config import FetchSettings, load_fetch_settings, resolve_db_path
from factcheck.errors import TransientFetchError
from factcheck.extract import Extraction, extract_article
from factcheck.extract.pipeline import build_nlp
from factcheck.model import Article
from factcheck.report import describe_sources, render_review_queue, render_summary, render_table
from factcheck.sources.feeds import FeedEntry, parse_feed
from factcheck.sources.fetch import fetch
from factcheck.sources.files import collect_articles
from factcheck.sources.plan import Failure, Intake, SourcePlan, plan_sources
from factcheck.sources.web import article_from_response
from factcheck.store import (
    RunReport,
    read_fetch_state,
    read_review_queue,
    read_unchanged,
    save_run,
)
from factcheck.verify.metadata import apply_metadata, read_metadata

FETCH_RETRIES = 3
FETCH_RETRY_DELAYS: list[float] = [1, 4, 10]
# One artifact key for every run: the Prefect UI shows its latest version as the review queue.
REVIEW_QUEUE_KEY = "review-queue"
REVIEW_QUEUE_SIZE = 25


def _retry_if_transient(task: Any, task_run: Any, state: State) -> bool:
    """Retry fetches only for errors that may pass (timeouts, resets, 429, 5xx)."""
    return isinstance(state.result(raise_on_failure=False), TransientFetchError)


# Network tasks retry with backoff, but only on errors that may pass.
FETCH_TASK_OPTIONS: dict[str, Any] = {
    "cache_policy": NONE,
    "retries": FETCH_RETRIES,
    "retry_delay_seconds": FETCH_RETRY_DELAYS,
    "retry_condition_fn": _retry_if_transient,
}


def _name_run() -> str:
    params = flow_run.get_parameters()
    return "factcheck: " + describe_sources(
        params.get("paths"), params.get("feeds"), params.get("feeds_file")
    )


@task(name="read-files", cache_policy=NONE, task_run_name="read {paths}")
def read_files(
    paths: list[str], allow_empty: bool = False
) -> tuple[list[Article], list[tuple[str, str]]]:
    """Read the article files under ``paths``; bad files are returned as failures."""
    articles, failures = collect_articles(paths, allow_empty=allow_empty)
    get_run_logger().info("read %d file(s), %d failed", len(articles), len(failures))
    return articles, failures


@task(name="plan-sources", cache_policy=NONE)
def plan(paths: list[str] | None, feeds: list[str] | None, feeds_file: str | None) -> SourcePlan:
    """Decide what the run reads (paths, pages, feeds, the feeds file's list)."""
    return plan_sources(paths, feeds=feeds, feeds_file=feeds_file)


@task(name="fetch-feed", task_run_name="feed {feed_url}", **FETCH_TASK_OPTIONS)
def fetch_feed(feed_url: str, settings: FetchSettings) -> list[FeedEntry]:
    """Fetch an RSS or Atom feed and return its entries."""
    entries = parse_feed(fetch(feed_url, settings).body, feed_url=feed_url)
    get_run_logger().info("%s lists %d entr(ies)", feed_url, len(entries))
    return entries


@task(name="fetch-article", task_run_name="fetch {url}", **FETCH_TASK_OPTIONS)
def fetch_article(
    url: str,
    settings: FetchSettings,
    validators: tuple[str | None, str | None] = (None, None),
    entry: FeedEntry | None = None,
) -> Article | None:
    """Fetch a page and return its article, or None when the server says it is unchanged."""
    etag, last_modified = validators
    fetched = fetch(url, settings, etag=etag, last_modified=last_modified)
    if fetched.not_modified:
        get_run_logger().info("%s not modified since last fetch", url)
        return None
    article = article_from_response(fetched, fallback_title=entry.title if entry else None)
    return Article(
        doc=article.doc,
        text=article.text,
        source=url,
        title=article.title,
        published=article.published or (entry.published if entry else None),
        origin="feed" if entry else "url",
        feed_url=entry.feed_url if entry else None,
        fetched_at=fetched.fetched_at,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
    )


@task(name="check-fetched", cache_policy=NONE)
def check_fetched(
    db: str, urls: list[str], entry_keys: list[str]
) -> tuple[dict[str, tuple[str | None, str | None]], set[str]]:
    """Look up stored page validators (ETag, Last-Modified) and feed entries already seen."""
    return read_fetch_state(
        resolve_db_path(db),
        urls=urls,
        entry_keys=entry_keys,
        extractor_version=factcheck.__version__,
    )


@task(name="check-unchanged", cache_policy=NONE)
def check_unchanged(db: str, articles: list[Article]) -> set[str]:
    """Return the sources whose stored text and extractor match: they are not parsed again."""
    return read_unchanged(resolve_db_path(db), articles, extractor_version=factcheck.__version__)


@task(name="extract-claims", cache_policy=NONE, task_run_name="extract {articles_label}")
def extract_claims(
    articles: list[Article], model: str | None = None, articles_label: str = ""
) -> tuple[list[tuple[Article, Extraction]], list[tuple[str, str]]]:
    """Parse each article and extract its claims.

    Returns:
        (article, extraction) pairs, and (source, reason) for articles the extractor failed on:
        one article that trips an extractor bug is recorded as failed, not the whole run.
    """
    if not articles:
        return [], []
    logger = get_run_logger()
    nlp = build_nlp(model)
    extracted: list[tuple[Article, Extraction]] = []
    failures: list[tuple[str, str]] = []
    for article in articles:
        try:
            extracted.append((article, extract_article(nlp, article)))
        except Exception as e:  # an extractor bug on odd text: keep the rest of the run
            logger.error("cannot extract claims from %s", article.source, exc_info=e)
            failures.append(
                (article.source, f"{article.source}: cannot extract claims: {_one_line(e)}")
            )
    logger.info(
        "extracted %d claim(s) from %d article(s), %d failed",
        sum(len(e.claims) for _, e in extracted),
        len(extracted),
        len(failures),
    )
    return extracted, failures


# No task retries: writing waits for locks itself ($FACTCHECK_LOCK_TIMEOUT), then fails clearly.
@task(name="save-claims", cache_policy=NONE)
def save_claims(
    db: str,
    run_id: str,
    paths: list[str],
    extracted: list[tuple[Article, Extraction]],
    skipped: list[str],
    failures: list[Failure],
    entries: list[tuple[FeedEntry, str]],
) -> RunReport:
    """Write each article and its claims in one transaction each; record the run."""
    report = save_run(
        resolve_db_path(db),
        run_id,
        paths=paths,
        articles=[(a, e.claims) for a, e in extracted],
        extractor_version=factcheck.__version__,
        flow_run_id=flow_run.get_id(),
        skipped=skipped,
        failures=failures,
        feed_entries=entries,
    )
    get_run_logger().info(
        "%d document(s): %d new or changed, %d unchanged and not parsed, %d failed; "
        "%d claim(s), %d flagged, in %s",
        report.n_documents,
        report.n_changed,
        report.n_unchanged,
        report.n_failed,
        report.n_claims,
        report.n_flagged,
        db,
    )
    return report


@task(name="publish-report", cache_policy=NONE)
def publish_report(db: str, report: RunReport, label: str) -> None:
    """Publish the run's flagged claims, its summary, and the review queue of the database."""
    create_table_artifact(
        key="flagged-claims",
        table=render_table(report),
        description=f"Flagged claims of this run ({label})",
    )
    create_markdown_artifact(
        key="run-summary",
        markdown=render_summary(report, label=label),
        description=f"What this run read ({label}): documents, claims found and flagged",
    )
    queue = read_review_queue(resolve_db_path(db), limit=REVIEW_QUEUE_SIZE)
    if queue.rows:  # an empty database keeps the last queue rather than an empty table
        create_markdown_artifact(
            key=REVIEW_QUEUE_KEY,
            markdown=render_review_queue(queue),
            description="The top claims to check across the whole database",
        )


@flow(name="factcheck-extract", flow_run_name=_name_run)
def extract_claims_flow(
    paths: list[str] | None = None,
    feeds: list[str] | None = None,
    feeds_file: str | None = None,
    db: str | None = None,
    model: str | None = None,
    allow_empty: bool = False,
    strict: bool = False,
    metadata: str | None = None,
) -> RunReport:
    """Extract, store and flag the numeric claims of files, pages and feed entries.

    Args:
        paths: files, folders (.txt, .md, .html) or http(s) URLs; default ``seeds``.
        feeds: RSS or Atom feed URLs; each new entry's article is fetched.
        feeds_file: a file listing more feed URLs, one per line (# comments allowed).
        db: DuckDB file; default $FACTCHECK_DB or data/factcheck.duckdb.
        model: spaCy model; default $FACTCHECK_SPACY_MODEL, en_core_web_sm, or the locked copy.
        allow_empty: a folder with no articles is nothing to do, not an error (an inbox).
        strict: fail the run, writing nothing, if any source cannot be read.
        metadata: CSV giving files their publication date, URL and publisher (issue 9).

    A source that cannot be read is recorded with its reason and the run goes on; the run
    fails only when nothing at all could be read (or any source failed, with ``strict``).
    """
    logger = get_run_logger()
    db_path = str(resolve_db_path(db))
    settings = load_fetch_settings()
    sources = plan(paths, feeds, feeds_file)
    intake = Intake(failures=list(sources.failures))
    if sources.files:
        articles, failures = read_files(sources.files, allow_empty)
        if metadata:
            articles = apply_metadata(articles, read_metadata(metadata), name=metadata)
        intake.articles += articles
        intake.failures += failures
    for feed_url in sources.feeds:
        intake.add_feed(feed_url, *_attempt(fetch_feed, feed_url, settings))
    urls = sources.urls + [e.url for e in intake.entries]
    validators, seen = check_fetched(db_path, urls, [e.key for e in intake.entries])
    for url, entry in intake.pages_to_fetch(sources.urls, seen):
        known = validators.get(url, (None, None))
        intake.add_page(url, entry, *_attempt(fetch_article, url, settings, known, entry))
    if strict:
        intake.check_strict()
    unchanged = check_unchanged(db_path, intake.articles)
    changed, skipped = intake.split_unchanged(unchanged)
    logger.info(
        "%d to parse, %d unchanged (not parsed), %d seen feed entr(ies) not fetched, %d failed",
        len(changed),
        len(skipped),
        intake.n_seen_entries,
        len(intake.failures),
    )
    extracted, extract_failures = extract_claims(
        changed, model, articles_label=f"{len(changed)} article(s)"
    )
    intake.failures += extract_failures
    if strict:
        intake.check_strict()
    stored = {a.source for a, _ in extracted} | unchanged
    run_id = flow_run.get_id() or uuid.uuid4().hex
    entries = intake.entries_to_mark_seen(stored)
    report = save_claims(
        db_path, run_id, sources.requested, extracted, skipped, intake.failures, entries
    )
    publish_report(db_path, report, describe_sources(paths, feeds, feeds_file))
    intake.check_something_read(len(extracted) + len(skipped))
    if intake.failures:
        logger.warning("%d source(s) failed; first: %s", *_first(intake.failures))
    return report


def _attempt(task: Any, *args: Any) -> tuple[Any, str | None]:
    """Run a task; return its result and None, or None and why it failed (after retries)."""
    state = task(*args, return_state=True)
    if state.is_completed():
        return state.result(), None
    return None, _reason(state)


def _first(failures: list[Failure]) -> tuple[int, str]:
    return len(failures), failures[0][1]


def _one_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def _reason(state: State) -> str:
    error = state.result(raise_on_failure=False)
    return str(error) if isinstance(error, BaseException) else str(state.message)


if __name__ == "__main__":
    extract_claims_flow()
