"""A strict run's private copy of the database: written batch by batch, swapped in whole.

A strict run must leave the database holding either its old state or its new one. One open
transaction gives that, but DuckDB keeps an open transaction's rows in memory: about 20 MB per
1,000 articles (docs/benchmarks.md), so a long strict run grows without bound. A long strict
run therefore writes into a copy of the file, committing each batch there (memory stays flat),
and replaces the database with the copy in one ``os.replace`` when it finishes. A run that
stops before that leaves the database as it was; its copy is removed then, or by the next
writer if the process was killed.

While the copy is written, the database itself stays open read-only in the run's process, so
readers get in and any other writer is refused by DuckDB's lock, as it is during a one-
transaction run: a write to the original would be lost at the swap, and a write-ahead log left
beside it would be replayed onto the copy's rows (measured: a corrupt file).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from factcheck.errors import StoreError
from factcheck.store.db import connect

COPY_CHUNK = 1 << 20  # bytes read and written at a time when copying the database


def staging_path(path: Path) -> Path:
    """The copy a strict run of ``path`` writes into, beside the file a symlink names."""
    real = path.resolve()
    return real.with_name(real.name + ".staging")


def wal_path(path: Path) -> Path:
    """DuckDB's write-ahead log of a database file."""
    return path.with_name(path.name + ".wal")


def discard_staging(path: Path) -> None:
    """Remove a staged copy of ``path`` (and its log), left by a run that did not finish."""
    staging = staging_path(path)
    staging.unlink(missing_ok=True)
    wal_path(staging).unlink(missing_ok=True)


class StagedCopy:
    """The staged copy of one strict run; use it holding the writer lock.

    ``open`` makes the copy and returns its path; ``swap_in`` puts the closed copy in the
    database's place; ``close`` releases the database and removes a copy not swapped in.
    """

    def __init__(self, path: Path, *, lock_timeout: float | None = None) -> None:
        self.path = path.resolve()
        self.copy = staging_path(path)
        self.lock_timeout = lock_timeout
        self._guard = contextlib.ExitStack()

    def open(self) -> Path:
        """Copy the database (none yet: the copy starts empty) and keep it open read-only.

        The database is opened read-write and closed first, so a log a killed writer left is
        replayed and checkpointed into the file that is copied.

        Raises:
            StoreError: if another process left a log on the database in the meantime.
        """
        discard_staging(self.path)
        if not self.path.is_file():
            return self.copy
        with connect(self.path, lock_timeout=self.lock_timeout):
            pass  # closing checkpoints: the file alone holds every committed row
        # Opened before DuckDB's lock is taken and closed after it is released: POSIX locks
        # belong to the process, and closing any descriptor of the file drops them all.
        source = self._guard.enter_context(open(self.path, "rb"))
        self._guard.enter_context(
            connect(self.path, read_only=True, lock_timeout=self.lock_timeout)
        )
        self._refuse_logs(self.path)
        with open(self.copy, "wb") as copy:
            shutil.copyfileobj(source, copy, COPY_CHUNK)
        shutil.copymode(self.path, self.copy)
        return self.copy

    def swap_in(self) -> None:
        """Replace the database with the closed copy, durably.

        Raises:
            StoreError: if either file has a write-ahead log (it would be replayed onto the
                other's rows); the database is then left as it was.
        """
        self._guard.close()
        self._refuse_logs(self.path, self.copy)
        with open(self.copy, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(self.copy, self.path)
        directory = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    def close(self) -> None:
        """Release the database and remove the copy if it was not swapped in."""
        self._guard.close()
        discard_staging(self.path)

    def _refuse_logs(self, *paths: Path) -> None:
        for path in paths:
            if wal_path(path).exists():
                raise StoreError(
                    f"{self.path}: {wal_path(path).name} appeared while the run wrote its copy "
                    "(another process wrote to the database); the database is left as it was"
                )
