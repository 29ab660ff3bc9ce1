"""A strict run's private copy of the database: written batch by batch, swapped in whole.

A strict run must leave the database holding either its old state or its new one. One open
transaction gives that, but DuckDB keeps an open transaction's rows in memory: about 20 MB per
1,000 articles (docs/benchmarks.md), so a long strict run grows without bound. A long strict
run therefore writes into a copy of the file, committing each batch there (memory stays flat),
and replaces the database with the copy in one ``os.replace`` when it finishes. A run that
stops before that leaves the database as it was; its copy is removed then, or by the next
writer if the process was killed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from factcheck.store.db import connect


def staging_path(path: Path) -> Path:
    """The copy a strict run of ``path`` writes into."""
    return path.with_name(path.name + ".staging")


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def discard_staging(path: Path) -> None:
    """Remove a staged copy of ``path`` (and its log), left by a run that did not finish."""
    staging = staging_path(path)
    staging.unlink(missing_ok=True)
    _wal(staging).unlink(missing_ok=True)


def stage_copy(path: Path, *, lock_timeout: float | None = None) -> Path:
    """Copy the database to its staging file and return that; call holding the writer lock.

    The database is opened and closed first, so its write-ahead log is replayed and checkpointed
    into the file being copied. No database yet: the copy starts empty.
    """
    discard_staging(path)
    staging = staging_path(path)
    if path.is_file():
        with connect(path, lock_timeout=lock_timeout):
            pass  # closing checkpoints: the file alone holds every committed row
        shutil.copyfile(path, staging)
    return staging


def swap_in(staging: Path, path: Path) -> None:
    """Replace the database with its closed staging copy, durably; call holding the lock.

    The copy was closed (checkpointed, its log gone) and the database was closed before it was
    copied, so neither has a log that could be replayed onto the other.
    """
    with open(staging, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(staging, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
