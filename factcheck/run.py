"""One run of the pipeline: read the sources, skip the unchanged, extract, store, report.

The one definition of a run. ``factcheck run`` calls ``run_pipeline`` in this process (no
Prefect); the flow (flows/extract_claims.py) calls it with ``Steps`` whose methods are Prefect
tasks calling the same library functions, so both follow the same rules in the same order.
Nothing here imports Prefect, spaCy, httpx or trafilatura: each is imported where it is used.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from factcheck.config import FetchSettings, load_fetch_settings, resolve_db_path
from factcheck.engine import Extractor, LocalExtractor, Parsed, chunked, default_workers
from factcheck.model import Article
from factcheck.progress import Progress
from factcheck.sources.feeds import FeedEntry
from factcheck.sources.files import collect_articles
from factcheck.sources.plan import Failure, Intake, SourcePlan, plan_sources
from factcheck.store import RunReport, RunWriter, read_fetch_state, read_unchanged

# Articles extracted and then written per step (one write transaction, one task pair in the
# flow). The extractor keeps parsing ahead across steps.
GROUP_SIZE = 64
# A strict run with more articles to parse than this writes into a staged copy of the database
# (store.staging) instead of holding one transaction open: an open transaction keeps its rows in
# memory, about 20 MB per 1,000 articles; a copy costs a file copy of the database.
STAGED_RUN_ARTICLES = 256

Outcome = tuple[Any, str | None]
"""A fetch's result and None, or None and why it failed."""


@dataclass(frozen=True)
class RunRequest:
    """What a run is asked to do; the flow's parameters and ``factcheck run``'s options.

    Attributes:
        paths: files, folders (.txt, .md, .html) or http(s) URLs; default ``seeds``.
        feeds: RSS or Atom feed URLs; each new entry's article is fetched.
        feeds_file: a file listing more feed URLs, one per line.
        db: DuckDB file; default $FACTCHECK_DB or data/factcheck.duckdb.
        model: spaCy model; default $FACTCHECK_SPACY_MODEL, en_core_web_sm, or the locked copy.
        allow_empty: a folder with no articles is nothing to do, not an error (an inbox).
        strict: fail the run, writing nothing, if any source cannot be read or extracted.
        workers: processes to parse in; None for one per core.
        metadata: a CSV giving files their publication date, URL and publisher (issue 9).
        reference: reference CSV files or folders loaded before the claims are checked;
            None for $FACTCHECK_REFERENCE or data/reference (issue 9), [] for none.
    """

    paths: list[str] | None = None
    feeds: list[str] | None = None
    feeds_file: str | None = None
    db: str | None = None
    model: str | None = None
    allow_empty: bool = False
    strict: bool = False
    workers: int | None = None
    metadata: str | None = None
    reference: list[str] | None = None


class Steps:
    """How each stage of a run is carried out: here, by calling the library directly.

    The flow overrides the methods with Prefect tasks that call the same functions.
    ``on_progress`` receives the parsing progress after every article.
    """

    def __init__(
        self,
        *,
        on_progress: Callable[[Progress], Any] | None = None,
        log: Callable[[str], Any] | None = None,
    ) -> None:
        self.on_progress = on_progress
        self._log = log

    def plan(self, request: RunRequest) -> SourcePlan:
        return plan_sources(request.paths, feeds=request.feeds, feeds_file=request.feeds_file)

    def read_files(
        self, paths: list[str], allow_empty: bool
    ) -> tuple[list[Article], list[Failure]]:
        return collect_articles(paths, allow_empty=allow_empty)

    def fetch_feed(self, feed_url: str, settings: FetchSettings) -> Outcome:
        from factcheck.sources.pages import fetch_feed_entries, with_retries

        return _attempt(lambda: with_retries(lambda: fetch_feed_entries(feed_url, settings)))

    def fetch_article(
        self,
        url: str,
        settings: FetchSettings,
        validators: tuple[str | None, str | None],
        entry: FeedEntry | None,
    ) -> Outcome:
        from factcheck.sources.pages import fetch_page, with_retries

        return _attempt(lambda: with_retries(lambda: fetch_page(url, settings, validators, entry)))

    def check_fetched(
        self, db: str, urls: list[str], entry_keys: list[str], extractor_version: str
    ) -> tuple[dict[str, tuple[str | None, str | None]], set[str]]:
        return read_fetch_state(
            resolve_db_path(db),
            urls=urls,
            entry_keys=entry_keys,
            extractor_version=extractor_version,
        )

    def check_unchanged(self, db: str, articles: list[Article], extractor_version: str) -> set[str]:
        return read_unchanged(resolve_db_path(db), articles, extractor_version=extractor_version)

    def extractor(self, request: RunRequest) -> Extractor:
        return LocalExtractor(request.model, workers=request.workers or default_workers())

    def extract(self, results: Iterator[Parsed], n: int, progress: Progress) -> list[Parsed]:
        """Take the next ``n`` results of the extractor (it parses ahead meanwhile)."""
        return take(results, n, progress, self.on_progress)

    def save(self, writer: RunWriter, parsed: list[Parsed]) -> None:
        writer.save([(p.article, p.claims) for p in parsed])

    def finish(
        self,
        writer: RunWriter,
        skipped: list[str],
        failures: list[Failure],
        entries: list[tuple[FeedEntry, str]],
    ) -> RunReport:
        return writer.finish(skipped=skipped, failures=failures, feed_entries=entries)

    def publish(self, db: str, report: RunReport, label: str) -> None:
        """Publish the run's report; nothing to do outside Prefect."""

    def run_id(self) -> str:
        return uuid.uuid4().hex

    def flow_run_id(self) -> str | None:
        return None

    def log(self, message: str) -> None:
        if self._log is not None:
            self._log(message)


def run_pipeline(request: RunRequest, steps: Steps | None = None) -> RunReport:
    """Run the pipeline once: read, skip what is stored as it is, extract, store, report.

    A source that cannot be read is recorded with its reason and the run goes on; the run
    fails only when nothing at all could be read (or, ``strict``, when anything failed:
    then it writes nothing).

    Raises:
        FactcheckError: a strict run with a failed source, or nothing could be read.
        StoreError: the database cannot be opened or written.
    """
    from factcheck import __version__
    from factcheck.report import describe_sources

    steps = steps or Steps()
    db = str(resolve_db_path(request.db))
    sources = steps.plan(request)
    intake = Intake(failures=list(sources.failures))
    if sources.files:
        articles, failures = steps.read_files(sources.files, request.allow_empty)
        if request.metadata:
            from factcheck.verify.metadata import apply_metadata, read_metadata

            metadata = read_metadata(request.metadata)
            articles = apply_metadata(articles, metadata, name=request.metadata)
        intake.articles += articles
        intake.failures += failures
    if sources.feeds or sources.urls:
        _read_web(steps, sources, intake, db, __version__)
    if request.strict:
        intake.check_strict()
    references = _read_references(request)
    unchanged = steps.check_unchanged(db, intake.articles, __version__)
    changed, skipped = intake.split_unchanged(unchanged)
    steps.log(
        f"{len(changed)} to parse, {len(skipped)} unchanged (not parsed), "
        f"{intake.n_seen_entries} seen feed entr(ies) not fetched, {len(intake.failures)} failed"
    )
    stored = set(unchanged)
    with RunWriter(
        resolve_db_path(db),
        steps.run_id(),
        paths=sources.requested,
        extractor_version=__version__,
        flow_run_id=steps.flow_run_id(),
        atomic=request.strict,
        staged=len(changed) > STAGED_RUN_ARTICLES,
        references=references,
    ) as writer:
        progress = Progress(total=len(changed))
        with contextlib.closing(steps.extractor(request).extract(changed)) as results:
            for group in chunked(changed, GROUP_SIZE):
                parsed = steps.extract(results, len(group), progress)
                intake.failures += [(p.article.source, p.error) for p in parsed if p.error]
                if request.strict:
                    intake.check_strict()
                good = [p for p in parsed if p.error is None]
                steps.save(writer, good)
                stored |= {p.article.source for p in good}
        entries = intake.entries_to_mark_seen(stored)
        report = steps.finish(writer, skipped, intake.failures, entries)
    steps.publish(db, report, describe_sources(request.paths, request.feeds, request.feeds_file))
    intake.check_something_read(report.n_documents)
    if intake.failures:
        steps.log(f"{len(intake.failures)} source(s) failed; first: {intake.failures[0][1]}")
    return report


def take(
    results: Iterator[Parsed],
    n: int,
    progress: Progress,
    on_progress: Callable[[Progress], Any] | None = None,
) -> list[Parsed]:
    """The next ``n`` results, counting each into ``progress`` and reporting it."""
    taken = []
    for parsed in results:
        taken.append(parsed)
        progress.add(len(parsed.claims), failed=parsed.error is not None)
        if on_progress is not None:
            on_progress(progress)
        if len(taken) == n:
            break
    return taken


def _read_references(request: RunRequest) -> list[Any]:
    """Read the reference files first: a bad one is one line before anything is written."""
    from factcheck.config import resolve_reference_paths

    paths = resolve_reference_paths(request.reference)
    if not paths:
        return []
    from factcheck.verify.load import read_reference_files

    return list(read_reference_files(paths))


def _read_web(
    steps: Steps, sources: SourcePlan, intake: Intake, db: str, extractor_version: str
) -> None:
    """Fetch the feeds, then the pages asked for and the feed entries not yet stored."""
    settings = load_fetch_settings()
    for feed_url in sources.feeds:
        intake.add_feed(feed_url, *steps.fetch_feed(feed_url, settings))
    urls = sources.urls + [e.url for e in intake.entries]
    keys = [e.key for e in intake.entries]
    validators, seen = steps.check_fetched(db, urls, keys, extractor_version)
    for url, entry in intake.pages_to_fetch(sources.urls, seen):
        known = validators.get(url, (None, None))
        intake.add_page(url, entry, *steps.fetch_article(url, settings, known, entry))


def _attempt(call: Callable[[], Any]) -> Outcome:
    from factcheck.errors import FactcheckError

    try:
        return call(), None
    except FactcheckError as e:
        return None, str(e)
