"""Settings read from the environment, with their defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import ConfigError

DB_ENV = "FACTCHECK_DB"
DEFAULT_DB = Path("data") / "factcheck.duckdb"
MODEL_ENV = "FACTCHECK_SPACY_MODEL"
REFERENCE_ENV = "FACTCHECK_REFERENCE"
DEFAULT_REFERENCE = Path("data") / "reference"
LOCK_TIMEOUT_ENV = "FACTCHECK_LOCK_TIMEOUT"
# How long a writer waits for the database before failing its run.
LOCK_TIMEOUT_S = 30.0
# Article files read from folders; other files there (gold JSON, notes) are ignored.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
PROGRESS_EVERY_ENV = "FACTCHECK_PROGRESS_EVERY"
# Seconds between two progress lines when the output is a log, not a terminal.
PROGRESS_EVERY_S = 10.0
CACHE_DIR_ENV = "FACTCHECK_CACHE_DIR"
# No news article is this large; bigger files are refused rather than parsed for minutes.
MAX_ARTICLE_BYTES = 2_000_000


def resolve_db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """Return the database path: ``db``, else $FACTCHECK_DB, else data/factcheck.duckdb."""
    chosen = db or os.environ.get(DB_ENV) or DEFAULT_DB
    return Path(chosen)


def resolve_cache_dir() -> Path:
    """Where compiled regex programs are kept (``factcheck.regex_cache``): $FACTCHECK_CACHE_DIR,
    else factcheck/ under $XDG_CACHE_HOME or ~/.cache. A cache: deleting it costs only time."""
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factcheck"


def resolve_reference_paths(paths: list[str] | None = None) -> list[str]:
    """Reference files or folders a run loads before it checks its claims: ``paths``, else
    $FACTCHECK_REFERENCE (separated by ``os.pathsep``; empty: none), else data/reference when
    it exists. An empty path names nothing (``--reference ""`` loads none), never the current
    folder."""
    if paths is not None:
        return [p for p in paths if p]
    if REFERENCE_ENV in os.environ:
        return [p for p in os.environ[REFERENCE_ENV].split(os.pathsep) if p]
    return [str(DEFAULT_REFERENCE)] if DEFAULT_REFERENCE.is_dir() else []


def resolve_lock_timeout(timeout: float | None = None) -> float:
    """Return how long to wait for the database: ``timeout``, $FACTCHECK_LOCK_TIMEOUT, or 30 s.

    Raises:
        ConfigError: if the variable is not a non-negative number.
    """
    if timeout is not None:
        return timeout
    return float(_number(os.environ, LOCK_TIMEOUT_ENV, LOCK_TIMEOUT_S, float))


def resolve_progress_every() -> float:
    """Seconds between progress lines in logs: $FACTCHECK_PROGRESS_EVERY, or 10.

    Raises:
        ConfigError: if the variable is not a non-negative number.
    """
    return float(_number(os.environ, PROGRESS_EVERY_ENV, PROGRESS_EVERY_S, float))


@dataclass(frozen=True)
class FetchSettings:
    """Limits for fetching pages and feeds.

    Attributes:
        timeout_s: connect/read timeout per request.
        max_bytes: responses larger than this are refused.
        max_redirects: redirects followed (each target is checked again).
        allow_private_hosts: allow loopback, private and link-local addresses (tests, intranets).
        private_hosts: host names allowed even though they resolve to such addresses.
        user_agent: sent with every request.
    """

    timeout_s: float = 10.0
    max_bytes: int = MAX_ARTICLE_BYTES
    max_redirects: int = 5
    allow_private_hosts: bool = False
    private_hosts: frozenset[str] = frozenset()
    user_agent: str = "factcheck/0.2 (+claim-and-figure fact-check pipeline)"


def load_fetch_settings(environ: dict[str, str] | None = None) -> FetchSettings:
    """Read fetch settings from FACTCHECK_FETCH_TIMEOUT, FACTCHECK_FETCH_MAX_BYTES,
    FACTCHECK_FETCH_MAX_REDIRECTS and FACTCHECK_ALLOW_PRIVATE_HOSTS: 1/true/yes for all
    private addresses, or a comma-separated list of host names to allow.

    Raises:
        ConfigError: if a value is not a number or out of range.
    """
    env = os.environ if environ is None else environ
    defaults = FetchSettings()
    private = env.get("FACTCHECK_ALLOW_PRIVATE_HOSTS", "")
    return FetchSettings(
        timeout_s=_number(env, "FACTCHECK_FETCH_TIMEOUT", defaults.timeout_s, float),
        max_bytes=_number(env, "FACTCHECK_FETCH_MAX_BYTES", defaults.max_bytes, int),
        max_redirects=_number(env, "FACTCHECK_FETCH_MAX_REDIRECTS", defaults.max_redirects, int),
        allow_private_hosts=private.lower() in ("1", "true", "yes"),
        private_hosts=frozenset(
            h.strip().lower()
            for h in private.split(",")
            if h.strip() and h.strip().lower() not in ("1", "true", "yes", "0", "false", "no")
        ),
    )


def _number(env, name, default, kind):  # type: ignore[no-untyped-def]
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = kind(raw)
    except ValueError as e:
        raise ConfigError(f"{name}={raw!r}: not a number") from e
    if value < 0:
        raise ConfigError(f"{name}={raw!r}: must be 0 or more")
    return value
