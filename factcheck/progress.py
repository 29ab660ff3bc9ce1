"""Progress of a run's parsing: counts, rate and time left, shown as a bar or as log lines.

The runner reports a ``Progress`` after every article; the CLI shows it as a bar on a
terminal (``ProgressBar``, tqdm) and as a line every few seconds otherwise (``ProgressLines``),
and the flow writes the lines to its run log.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from factcheck.config import resolve_progress_every


@dataclass
class Progress:
    """Articles parsed of the total, claims found, failures, and since when."""

    total: int
    parsed: int = 0
    claims: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)

    def add(self, n_claims: int, *, failed: bool = False) -> None:
        self.parsed += 1
        self.claims += n_claims
        self.failed += failed

    @property
    def done(self) -> bool:
        return self.parsed >= self.total

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Articles per second so far."""
        return self.parsed / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        return (self.total - self.parsed) / self.rate if self.rate > 0 else None

    def describe(self) -> str:
        """One line: ``parsed 120/1000 articles, 1532 claims (2 failed), 4.1 articles/s, ...``."""
        failed = f" ({self.failed} failed)" if self.failed else ""
        left = self.seconds_left
        when = "done" if self.done else (f"{_clock(left)} left" if left is not None else "")
        return (
            f"parsed {self.parsed}/{self.total} articles, {self.claims} claims{failed}, "
            f"{self.rate:.1f} articles/s, {self.claims / max(self.elapsed_s, 1e-9):.0f} "
            f"claims/s, {_clock(self.elapsed_s)} elapsed, {when}"
        )


class ProgressLines:
    """Writes ``Progress.describe()`` through ``write`` every ``every_s`` seconds (default
    $FACTCHECK_PROGRESS_EVERY or 10) and at the end."""

    def __init__(self, write: Callable[[str], Any], *, every_s: float | None = None) -> None:
        self.write = write
        self.every_s = resolve_progress_every() if every_s is None else every_s
        self._last = time.monotonic()

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if progress.done or now - self._last >= self.every_s:
            self._last = now
            self.write(progress.describe())


class ProgressBar:
    """A tqdm bar on a terminal: articles parsed of total, claims, rate, time left."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self._bar: Any = None

    def __call__(self, progress: Progress) -> None:
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(
                total=progress.total, unit="article", file=self.stream, dynamic_ncols=True
            )
        self._bar.update(progress.parsed - self._bar.n)
        self._bar.set_postfix(claims=progress.claims, failed=progress.failed, refresh=False)
        if progress.done:
            self.close()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s"
