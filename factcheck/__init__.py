"""factcheck: extract numeric claims from news articles, store them in DuckDB, flag the unverified."""

from factcheck.errors import ArticleError, FactcheckError, GoldError, QueryError, StoreError
from factcheck.extract.claims import Extraction, extract_article, extract_claims
from factcheck.extract.pipeline import build_nlp
from factcheck.model import Approx, Article, Caveat, Claim, NotClaim, Source, SourceKind, Status

__version__ = "0.3.2"

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
