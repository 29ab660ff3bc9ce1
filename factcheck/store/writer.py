"""Writing a run: the run row, its articles in batches, feed entries, failures, the check,
the snapshot, and the report of what was read, skipped, failed and flagged.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from factcheck.errors import StoreError
from factcheck.model import Article, Claim
from factcheck.sources.feeds import FeedEntry
from factcheck.store.db import (
    QueryResult,
    connect,
    first_line,
    migrate,
    publish_snapshot,
    transaction,
    writer_lock,
)
from factcheck.store.runs import (
    SaveResult,
    compute_doc_id,
    finish_run,
    read_flagged,
    save_articles,
    save_failures,
    save_feed_entries,
    start_run,
)
from factcheck.store.staging import StagedCopy, discard_staging


@dataclass(frozen=True)
class RunReport:
    """What one run read, skipped, failed and wrote, with its flagged claims."""

    run_id: str
    n_documents: int
    n_changed: int
    n_claims: int
    n_flagged: int
    flagged: QueryResult
    n_skipped: int = 0
    failures: tuple[tuple[str, str], ...] = ()

    @property
    def n_unchanged(self) -> int:
        return self.n_documents - self.n_changed

    @property
    def n_failed(self) -> int:
        return len(self.failures)


def save_run(
    path: Path,
    run_id: str,
    *,
    paths: Sequence[str],
    articles: Sequence[tuple[Article, Sequence[Claim]]],
    extractor_version: str,
    flow_run_id: str | None = None,
    skipped: Sequence[str] = (),
    failures: Sequence[tuple[str, str]] = (),
    feed_entries: Sequence[tuple[FeedEntry, str]] = (),
    lock_timeout: float | None = None,
) -> RunReport:
    """Store a run's articles and claims and record the run (a ``RunWriter`` in one call).

    Args:
        skipped: sources left alone because their stored content is current.
        failures: (source, reason) of sources that could not be read.
        feed_entries: feed entries and the source of the article stored for each.

    Saving is idempotent, so a retried run rewrites nothing that is already stored.

    Raises:
        StoreError: if the database cannot be opened or written.
    """
    with RunWriter(
        path,
        run_id,
        paths=paths,
        extractor_version=extractor_version,
        flow_run_id=flow_run_id,
        lock_timeout=lock_timeout,
    ) as writer:
        for start in range(0, len(articles), WRITE_BATCH):
            writer.save(articles[start : start + WRITE_BATCH])
        return writer.finish(skipped=skipped, failures=failures, feed_entries=feed_entries)


# Articles per write transaction: one transaction per article cost ~10 ms each; a batch costs
# the same five statements whatever its size (docs/benchmarks.md).
WRITE_BATCH = 64
# Flagged claims a run report carries (highest priority first); the counts are always exact.
REPORT_FLAGGED = 500


class RunWriter:
    """The one writer of a run: holds the writer lock and a connection from the first write to
    the run row's last update, so a run's batches are stored as they are extracted.

    Each ``save`` is one transaction (every article's row and claims in it together); with
    ``atomic`` the whole run is one transaction instead, committed by ``finish`` and rolled
    back if the run stops before it: a strict run writes everything or nothing. With ``atomic``
    and ``staged`` the run writes into a copy of the database, a transaction per batch, that
    ``finish`` swaps in (``store.staging``): also all or nothing, but in flat memory, where an
    open transaction holds its rows in memory.

    Raises:
        StoreError: if the database cannot be opened or written.
    """

    def __init__(
        self,
        path: Path,
        run_id: str,
        *,
        paths: Sequence[str],
        extractor_version: str,
        flow_run_id: str | None = None,
        lock_timeout: float | None = None,
        atomic: bool = False,
        staged: bool = False,
        references: Sequence[Any] = (),
    ) -> None:
        self.path = path
        self.run_id = run_id
        self.paths = list(paths)
        self.extractor_version = extractor_version
        self.flow_run_id = flow_run_id
        self.lock_timeout = lock_timeout
        self.atomic = atomic
        self.staged = atomic and staged
        self.references = references
        self.n_new_references = 0
        self.results: list[SaveResult] = []
        self._checked: set[str] = set()  # documents of this run checked as they were stored
        self._stack = contextlib.ExitStack()
        self._con_stack = contextlib.ExitStack()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._staging: StagedCopy | None = None
        # An open transaction around the whole run: atomic, unless the run is staged.
        self._one_transaction = atomic and not staged

    def __enter__(self) -> RunWriter:
        with self._stack as stack:
            stack.enter_context(writer_lock(self.path, lock_timeout=self.lock_timeout))
            target = self.path
            discard_staging(self.path)  # a copy a killed strict run left
            if self.staged:
                self._staging = StagedCopy(self.path, lock_timeout=self.lock_timeout)
                stack.callback(self._staging.close)  # a run that stops leaves no copy
                with self._errors():
                    target = self._staging.open()
            stack.push(self._con_stack)
            con = self._con_stack.enter_context(connect(target, lock_timeout=self.lock_timeout))
            with self._errors():
                migrate(con)
                if self._one_transaction:
                    con.execute("BEGIN TRANSACTION")
                with self._transaction(con):
                    # A retried run (same flow run id) replaces its earlier attempt's row.
                    con.execute("DELETE FROM runs WHERE run_id = ?", [self.run_id])
                    con.execute("DELETE FROM source_failures WHERE run_id = ?", [self.run_id])
                    # We hold the writer lock, so a run still 'running' lost its writer.
                    con.execute("UPDATE runs SET status = 'failed' WHERE status = 'running'")
                    start_run(con, self.run_id, paths=self.paths, flow_run_id=self.flow_run_id)
                    if self.references:
                        from factcheck.verify.load import save_reference_rows

                        self.n_new_references = save_reference_rows(con, self.references)
            self._con = con
            self._stack = stack.pop_all()
        return self

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        con, self._con = self._con, None
        try:
            if con is not None and kind is not None and not self.staged:
                with contextlib.suppress(duckdb.Error):
                    if self._one_transaction:
                        con.execute("ROLLBACK")
                    else:
                        con.execute(
                            "UPDATE runs SET status = 'failed' WHERE run_id = ?", [self.run_id]
                        )
        finally:
            self._stack.close()

    def save(self, articles: Sequence[tuple[Article, Sequence[Claim]]]) -> list[SaveResult]:
        """Store a batch of articles with their claims; return what saving each did."""
        con = self._connection()
        with self._errors(), self._transaction(con):
            results = save_articles(
                con, articles, run_id=self.run_id, extractor_version=self.extractor_version
            )
        self.results += results
        if not self._one_transaction:
            # Checked now, while the next articles are parsed, not all at the end of the run
            # (a run whose whole content is one open transaction checks in ``finish``).
            changed = [r.doc_id for r in results if r.changed]
            with self._errors():
                _check(con, changed)
            self._checked.update(changed)
        return results

    def finish(
        self,
        *,
        skipped: Sequence[str] = (),
        failures: Sequence[tuple[str, str]] = (),
        feed_entries: Sequence[tuple[FeedEntry, str]] = (),
    ) -> RunReport:
        """Record the run's feed entries, failures and counts, publish the snapshot, and
        return the report."""
        con = self._connection()
        with self._errors():
            with self._transaction(con):
                save_feed_entries(con, [(e, compute_doc_id(src)) for e, src in feed_entries])
                save_failures(con, self.run_id, failures)
                finish_run(
                    con,
                    self.run_id,
                    results=self.results,
                    n_skipped=len(skipped),
                    n_failed=len(failures),
                )
            if self._one_transaction:
                con.execute("COMMIT")
                self._one_transaction = False
            # Only what this run stored (and its groups): a run costs what it brought; with
            # new reference figures every stored claim may change, so every document.
            if self.n_new_references:
                stored = [row[0] for row in con.execute("SELECT doc_id FROM documents").fetchall()]
            else:
                stored = [r.doc_id for r in self.results if r.changed]
            _check(con, [doc_id for doc_id in stored if doc_id not in self._checked])
            n_flagged = self._count_flagged(con)
            flagged = read_flagged(con, run_id=self.run_id, limit=REPORT_FLAGGED)
            if self.staged:
                con = self._swap_in()
            publish_snapshot(con, self.path)
        results = self.results
        return RunReport(
            run_id=self.run_id,
            n_documents=len(results) + len(skipped),
            n_changed=sum(r.changed for r in results),
            n_claims=sum(r.n_claims for r in results),
            n_flagged=n_flagged,
            flagged=flagged,
            n_skipped=len(skipped),
            failures=tuple(failures),
        )

    def _count_flagged(self, con: duckdb.DuckDBPyConnection) -> int:
        """The run's claims the check left flagged (verified ones are not); kept in runs."""
        row = con.execute(
            "SELECT count(*) FROM claim_rows WHERE flagged "
            "AND doc_id IN (SELECT doc_id FROM documents WHERE run_id = ?)",
            [self.run_id],
        ).fetchone()
        n_flagged = int(row[0]) if row else 0
        con.execute("UPDATE runs SET n_flagged = ? WHERE run_id = ?", [n_flagged, self.run_id])
        return n_flagged

    def _swap_in(self) -> duckdb.DuckDBPyConnection:
        """Close the staged copy, put it in the database's place, and open that."""
        self._con_stack.close()  # closing checkpoints the copy into its file
        self._con = None
        if self._staging is None:
            raise StoreError(f"{self.path}: run {self.run_id} has no staged copy to swap in")
        self._staging.swap_in()
        self._con = self._con_stack.enter_context(
            connect(self.path, lock_timeout=self.lock_timeout)
        )
        return self._con

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"{self.path}: the writer of run {self.run_id} is not open")
        return self._con

    def _transaction(
        self, con: duckdb.DuckDBPyConnection
    ) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext() if self._one_transaction else transaction(con)

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except (duckdb.Error, OSError) as e:
            raise StoreError(f"{self.path}: cannot write run {self.run_id}: {first_line(e)}") from e


def _check(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> None:
    """Check these documents' claims (and their groups') against the reference figures."""
    from factcheck.verify.check import check_documents  # issue 9: not imported at startup

    check_documents(con, doc_ids)
