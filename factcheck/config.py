"""Settings read from the environment, with their defaults."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "FACTCHECK_DB"
DEFAULT_DB = Path("data") / "factcheck.duckdb"
# Article files read from folders; other files there (gold JSON, notes) are ignored.
ARTICLE_SUFFIXES = (".txt",)


def resolve_db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """Return the database path: ``db``, else $FACTCHECK_DB, else data/factcheck.duckdb."""
    chosen = db or os.environ.get(DB_ENV) or DEFAULT_DB
    return Path(chosen)
