"""factcheck: extract numeric claims from news articles, store them in DuckDB, flag the unverified."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.errors import ArticleError, FactcheckError, GoldError, QueryError, StoreError
from factcheck.model import Approx, Article, Caveat, Claim, NotClaim, Source, SourceKind, Status

if TYPE_CHECKING:
    from factcheck.extract.claims import Extraction, extract_article, extract_claims
    from factcheck.extract.pipeline import build_nlp

__version__ = "0.81.0"

# Imported on first use: importing spaCy takes seconds, and a run with nothing to parse, or
# one parsing in worker processes, never needs it in this process (issue 10).
_LAZY = {
    "Extraction": "factcheck.extract.claims",
    "extract_article": "factcheck.extract.claims",
    "extract_claims": "factcheck.extract.claims",
    "build_nlp": "factcheck.extract.pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")


__all__ = [
    "Approx",
    "Article",
    "ArticleError",
    "Caveat",
    "Claim",
    "Extraction",
    "FactcheckError",
    "GoldError",
    "NotClaim",
    "QueryError",
    "Source",
    "SourceKind",
    "Status",
    "StoreError",
    "__version__",
    "build_nlp",
    "extract_article",
    "extract_claims",
]
