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
from factcheck.errors import FactcheckError, TransientFetchError
from factcheck.extract import Extraction, extract_article
from factcheck.feeds import FeedEntry, parse_feed
from factcheck.fetch import fetch
from factcheck.io import (
    article_from_response,
    collect_articles,
    read_url_list,
    split_sources,
)
from factcheck.model import Article
from factcheck.pipeline import build_nlp
from factcheck.report import render_summary, render_table
from factcheck.store import RunReport, read_fetch_state, read_unchanged, save_run
from factcheck.verify.metadata import apply_metadata, read_metadata

DEFAULT_PATHS = ["seeds"]
FETCH_RETRIES = 3
FETCH_RETRY_DELAYS: list[float] = [1, 4, 10]


class NothingReadError(FactcheckError):
    """Every source of a run failed."""


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
    sources = list(params.get("paths") or []) + list(params.get("feeds") or [])
    if not sources:
        return "factcheck: " + ", ".join(DEFAULT_PATHS)
    label = ", ".join(sources[:2]) + (f" +{len(sources) - 2} more" if len(sources) > 2 else "")
    return f"factcheck: {label}"


@task(name="read-files", cache_policy=NONE, task_run_name="read {paths}")
def read_files(
    paths: list[str], allow_empty: bool = False
) -> tuple[list[Article], list[tuple[str, str]]]:
    """Read the article files under ``paths``; bad files are returned as failures."""
    articles, failures = collect_articles(paths, allow_empty=allow_empty)
    get_run_logger().info("read %d file(s), %d failed", len(articles), len(failures))
    return articles, failures


@task(name="read-feed-list", cache_policy=NONE, task_run_name="feeds in {path}")
def read_feed_list(path: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Read the feed URLs listed in a file; a missing file is a failure, not a crash."""
    try:
        return read_url_list(path), []
    except FactcheckError as e:
        return [], [(path, str(e))]


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
    articles: list[Article],
    extractions: list[Extraction],
    skipped: list[str],
    failures: list[tuple[str, str]],
    entries: list[tuple[FeedEntry, str]],
) -> RunReport:
    """Write each article and its claims in one transaction each; record the run."""
    report = save_run(
        resolve_db_path(db),
        run_id,
        paths=paths,
        articles=[(a, e.claims) for a, e in zip(articles, extractions, strict=True)],
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
def publish_report(report: RunReport) -> None:
    """Publish the run's flagged claims as a table artifact and a markdown summary."""
    create_table_artifact(
        key="flagged-claims",
        table=render_table(report),
        description=f"Flagged claims of run {report.run_id}",
    )
    create_markdown_artifact(
        key="run-summary",
        markdown=render_summary(report),
        description="Documents read, skipped and failed; claims found and flagged",
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
    failures: list[tuple[str, str]] = []
    feed_urls = list(feeds or [])
    if feeds_file:
        listed, listing_failures = read_feed_list(feeds_file)
        feed_urls += listed
        failures += listing_failures
    no_feeds = not (feeds or feeds_file)
    sources = list(paths) if paths is not None else (DEFAULT_PATHS if no_feeds else [])
    db_path = str(resolve_db_path(db))
    run_id = flow_run.get_id() or uuid.uuid4().hex
    settings = load_fetch_settings()
    files, urls = split_sources(sources)

    articles, file_failures = read_files(files, allow_empty) if files else ([], [])
    failures += file_failures
    if metadata:
        articles = apply_metadata(articles, read_metadata(metadata), name=metadata)
    entries: list[FeedEntry] = []
    for feed_url in feed_urls:
        feed_state = fetch_feed(feed_url, settings, return_state=True)
        if feed_state.is_completed():
            entries.extend(feed_state.result())
        else:
            failures.append((feed_url, _reason(feed_state)))

    validators, seen = check_fetched(
        db_path, urls + [e.url for e in entries], [e.key for e in entries]
    )
    new_entries = [e for e in entries if e.key not in seen]
    fetched_entries: list[tuple[FeedEntry, str]] = []
    not_modified: list[str] = []
    targets = [(url, None) for url in urls] + [(e.url, e) for e in new_entries]
    for url, entry in targets:
        state = fetch_article(
            url, settings, validators.get(url, (None, None)), entry, return_state=True
        )
        fetched = state.result() if state.is_completed() else None
        if not state.is_completed():
            failures.append((url, _reason(state)))
        elif fetched is None:
            not_modified.append(url)
        else:
            articles.append(fetched)
            if entry is not None:
                fetched_entries.append((entry, url))

    if strict and failures:
        raise failures_error(failures)
    unchanged = check_unchanged(db_path, articles)
    changed = [a for a in articles if a.source not in unchanged]
    skipped = [a.source for a in articles if a.source in unchanged] + not_modified
    logger.info(
        "%d to parse, %d unchanged (not parsed), %d seen feed entr(ies) not fetched, %d failed",
        len(changed),
        len(skipped),
        len(entries) - len(new_entries),
        len(failures),
    )
    extracted, extract_failures = extract_claims(
        changed, model, articles_label=f"{len(changed)} article(s)"
    )
    failures += extract_failures
    if strict and extract_failures:
        raise failures_error(extract_failures)
    stored = {a.source for a, _ in extracted}
    report = save_claims(
        db_path,
        run_id,
        sources + feed_urls,
        [a for a, _ in extracted],
        [e for _, e in extracted],
        skipped,
        failures,
        # An entry whose article failed is not marked seen: a fixed extractor reads it again.
        [(e, url) for e, url in fetched_entries if url in stored or url in unchanged],
    )
    publish_report(report)
    if failures and not (extracted or skipped):
        raise NothingReadError(f"nothing could be read: {failures[0][0]}: {failures[0][1]}")
    if failures:
        logger.warning("%d source(s) failed; first: %s", len(failures), failures[0][1])
    return report


def failures_error(failures: list[tuple[str, str]]) -> FactcheckError:
    """The error of a strict run: the first failure's own message."""
    source, reason = failures[0]
    more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
    return FactcheckError(f"{reason}{more}" if source in reason else f"{source}: {reason}{more}")


def _one_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def _reason(state: State) -> str:
    error = state.result(raise_on_failure=False)
    return str(error) if isinstance(error, BaseException) else str(state.message)


if __name__ == "__main__":
    extract_claims_flow()
