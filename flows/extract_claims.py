"""Flow: read articles (files, URLs, feeds), extract their claims, store them, publish the flagged.

Run it as the deployments in prefect.yaml, or with `factcheck run` when PREFECT_API_URL is
set. The run itself is ``factcheck.run.run_pipeline``; here its steps become Prefect tasks
calling the same library functions. Work is incremental: unchanged files and pages are not
parsed again, seen feed entries not fetched. Extraction runs in ``workers`` processes, or on
a Dask cluster (``dask_address``), and this flow run's one writer stores the results.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.runtime import flow_run
from prefect.states import State

from factcheck.config import FetchSettings, resolve_db_path
from factcheck.engine import Extractor, Parsed, as_parsed, chunked, extract_chunk
from factcheck.errors import TransientFetchError
from factcheck.model import Article
from factcheck.progress import Progress, ProgressLines
from factcheck.report import describe_sources, render_review_queue, render_summary, render_table
from factcheck.run import RunRequest, Steps, run_pipeline
from factcheck.sources.feeds import FeedEntry
from factcheck.sources.pages import FETCH_RETRY_DELAYS, fetch_feed_entries, fetch_page
from factcheck.sources.plan import Failure, SourcePlan
from factcheck.store import RunReport, RunWriter, read_review_queue

FETCH_RETRIES = len(FETCH_RETRY_DELAYS)
# A Dask scheduler address (tcp://host:8786) to extract on when the flow is given none.
DASK_ADDRESS_ENV = "FACTCHECK_DASK_ADDRESS"
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
    articles, failures = Steps().read_files(paths, allow_empty)
    get_run_logger().info("read %d file(s), %d failed", len(articles), len(failures))
    return articles, failures


@task(name="plan-sources", cache_policy=NONE)
def plan(request: RunRequest) -> SourcePlan:
    """Decide what the run reads (paths, pages, feeds, the feeds file's list)."""
    return Steps().plan(request)


@task(name="fetch-feed", task_run_name="feed {feed_url}", **FETCH_TASK_OPTIONS)
def fetch_feed(feed_url: str, settings: FetchSettings) -> list[FeedEntry]:
    """Fetch an RSS or Atom feed and return its entries."""
    entries = fetch_feed_entries(feed_url, settings)
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
    article = fetch_page(url, settings, validators, entry)
    if article is None:
        get_run_logger().info("%s not modified since last fetch", url)
    return article


@task(name="check-fetched", cache_policy=NONE)
def check_fetched(
    db: str, urls: list[str], entry_keys: list[str], extractor_version: str
) -> tuple[dict[str, tuple[str | None, str | None]], set[str]]:
    """Look up stored page validators (ETag, Last-Modified) and feed entries already seen."""
    return Steps().check_fetched(db, urls, entry_keys, extractor_version)


@task(name="check-unchanged", cache_policy=NONE)
def check_unchanged(db: str, articles: list[Article], extractor_version: str) -> set[str]:
    """Return the sources whose stored text and extractor match: they are not parsed again."""
    return Steps().check_unchanged(db, articles, extractor_version)


@task(name="extract-claims", cache_policy=NONE, task_run_name="extract {n} article(s)")
def extract_claims(results: Iterator[Parsed], n: int, progress: Progress) -> list[Parsed]:
    """Take the next ``n`` articles' claims from the extractor, which parses ahead meanwhile.

    An article the extractor fails on is a failed source, not a failed run.
    """
    logger = get_run_logger()
    parsed = Steps(on_progress=ProgressLines(logger.info)).extract(results, n, progress)
    for failed in (p for p in parsed if p.error):
        logger.error("%s", failed.error)
    return parsed


# No task retries: writing waits for locks itself ($FACTCHECK_LOCK_TIMEOUT), then fails clearly.
@task(name="save-claims", cache_policy=NONE, task_run_name="save {n} article(s)")
def save_claims(writer: RunWriter, parsed: list[Parsed], n: int) -> None:
    """Write a group of articles and their claims in one transaction."""
    Steps().save(writer, parsed)


@task(name="finish-run", cache_policy=NONE)
def finish_run(
    writer: RunWriter,
    skipped: list[str],
    failures: list[Failure],
    entries: list[tuple[FeedEntry, str]],
) -> RunReport:
    """Record the run: feed entries seen, failures, counts; publish the snapshot."""
    report = Steps().finish(writer, skipped, failures, entries)
    get_run_logger().info(
        "%d document(s): %d new or changed, %d unchanged and not parsed, %d failed; "
        "%d claim(s), %d flagged, in %s",
        report.n_documents,
        report.n_changed,
        report.n_unchanged,
        report.n_failed,
        report.n_claims,
        report.n_flagged,
        writer.path,
    )
    return report


# The library function itself is the task, so Dask pickles it by reference (factcheck.engine).
parse_articles = task(name="parse-articles", cache_policy=NONE)(extract_chunk)


class DaskExtractor:
    """Extraction as ``parse-articles`` task runs on a Dask cluster (prefect-dask), in order.

    Args:
        address: the scheduler, e.g. ``tcp://10.0.0.5:8786``.
        model: spaCy model, installed on every worker.
    """

    def __init__(self, address: str, model: str | None, *, chunk_size: int = 16) -> None:
        self.address = address
        self.model = model
        self.chunk_size = chunk_size

    def extract(self, articles: Sequence[Article]) -> Generator[Parsed]:
        if not articles:
            return
        from prefect_dask import DaskTaskRunner

        with DaskTaskRunner(address=self.address) as runner:
            # A few chunks per worker in flight: the cluster stays busy, memory stays flat.
            ahead = 4 * max(1, len(runner.client.scheduler_info().get("workers", {})))
            pending: deque[tuple[Sequence[Article], Any]] = deque()
            for chunk in chunked(articles, self.chunk_size):
                texts = [(a.doc, a.text) for a in chunk]
                parameters = {"model": self.model, "texts": texts}
                pending.append((chunk, runner.submit(parse_articles, parameters)))
                if len(pending) >= ahead:
                    done, future = pending.popleft()
                    yield from as_parsed(done, future.result())
            while pending:
                done, future = pending.popleft()
                yield from as_parsed(done, future.result())


class FlowSteps(Steps):
    """The run's steps as this flow's tasks; extraction in processes or on Dask."""

    def __init__(self, dask_address: str | None) -> None:
        logger = get_run_logger()
        super().__init__(on_progress=ProgressLines(logger.info), log=logger.info)
        self.dask_address = dask_address
        self.settings: FetchSettings | None = None

    def plan(self, request: RunRequest) -> SourcePlan:
        return plan(request)

    def read_files(
        self, paths: list[str], allow_empty: bool
    ) -> tuple[list[Article], list[Failure]]:
        return read_files(paths, allow_empty)

    def fetch_feed(self, feed_url: str, settings: FetchSettings) -> tuple[Any, str | None]:
        return _attempt(fetch_feed, feed_url, settings)

    def fetch_article(
        self,
        url: str,
        settings: FetchSettings,
        validators: tuple[str | None, str | None],
        entry: FeedEntry | None,
    ) -> tuple[Any, str | None]:
        return _attempt(fetch_article, url, settings, validators, entry)

    def check_fetched(
        self, db: str, urls: list[str], entry_keys: list[str], extractor_version: str
    ) -> tuple[dict[str, tuple[str | None, str | None]], set[str]]:
        return check_fetched(db, urls, entry_keys, extractor_version)

    def check_unchanged(self, db: str, articles: list[Article], extractor_version: str) -> set[str]:
        return check_unchanged(db, articles, extractor_version)

    def extractor(self, request: RunRequest) -> Extractor:
        if self.dask_address:
            self.log(f"extracting on the Dask cluster at {self.dask_address}")
            return DaskExtractor(self.dask_address, request.model)
        return super().extractor(request)

    def extract(self, results: Iterator[Parsed], n: int, progress: Progress) -> list[Parsed]:
        if self.dask_address:
            # Dask tasks are submitted from the flow run: a task's context (with the
            # extractor in its parameters) cannot be sent to the cluster.
            return super().extract(results, n, progress)
        return extract_claims(results, n, progress)

    def save(self, writer: RunWriter, parsed: list[Parsed]) -> None:
        save_claims(writer, parsed, len(parsed))

    def finish(
        self,
        writer: RunWriter,
        skipped: list[str],
        failures: list[Failure],
        entries: list[tuple[FeedEntry, str]],
    ) -> RunReport:
        return finish_run(writer, skipped, failures, entries)

    def publish(self, db: str, report: RunReport, label: str) -> None:
        publish_report(db, report, label)

    def run_id(self) -> str:
        return flow_run.get_id() or super().run_id()

    def flow_run_id(self) -> str | None:
        return flow_run.get_id()

    def log(self, message: str) -> None:
        if "failed; first:" in message:
            get_run_logger().warning(message)
        else:
            super().log(message)


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
    workers: int | None = None,
    dask_address: str | None = None,
    metadata: str | None = None,
    reference: list[str] | None = None,
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
        workers: processes to parse in on this machine; default one per core.
        dask_address: extract on this Dask scheduler instead (default $FACTCHECK_DASK_ADDRESS);
            this flow run still writes the results, alone.
        metadata: CSV giving files their publication date, URL and publisher (issue 9).
        reference: reference CSV files or folders loaded before the claims are checked;
            default $FACTCHECK_REFERENCE or data/reference.

    A source that cannot be read is recorded with its reason and the run goes on; the run
    fails only when nothing at all could be read (or any source failed, with ``strict``).
    """
    request = RunRequest(
        paths=paths,
        feeds=feeds,
        feeds_file=feeds_file,
        db=str(resolve_db_path(db)),
        model=model,
        allow_empty=allow_empty,
        strict=strict,
        workers=workers,
        metadata=metadata,
        reference=reference,
    )
    return run_pipeline(request, FlowSteps(dask_address or os.environ.get(DASK_ADDRESS_ENV)))


def _attempt(task: Any, *args: Any) -> tuple[Any, str | None]:
    """Run a task; return its result and None, or None and why it failed (after retries)."""
    state = task(*args, return_state=True)
    if state.is_completed():
        return state.result(), None
    return None, _reason(state)


def _reason(state: State) -> str:
    error = state.result(raise_on_failure=False)
    return str(error) if isinstance(error, BaseException) else str(state.message)


if __name__ == "__main__":
    extract_claims_flow()
