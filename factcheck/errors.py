"""Named exceptions. Messages name the bad value and what is allowed."""


class FactcheckError(Exception):
    """Base class for errors the CLI reports as one line with exit code 1."""


class ArticleError(FactcheckError):
    """An input path or file cannot be read as an article."""


class GoldError(FactcheckError):
    """A gold annotation file is missing, malformed or does not match its article."""


class StoreError(FactcheckError):
    """The database cannot be opened, written or migrated."""


class QueryError(FactcheckError):
    """A user's SQL query was refused or failed."""


class ModelError(FactcheckError):
    """The configured spaCy model cannot be loaded."""


class ConfigError(FactcheckError):
    """A setting has a value that is not allowed."""


class FetchError(FactcheckError):
    """A URL cannot or may not be fetched; permanent (do not retry)."""


class TransientFetchError(FetchError):
    """A fetch failed in a way that may pass (timeout, connection reset, 5xx, 429)."""


class FeedError(FactcheckError):
    """A feed is not RSS or Atom."""


class NothingReadError(FactcheckError):
    """Every source of a run failed."""


class ReferenceDataError(FactcheckError):
    """A reference figures file or row is malformed; nothing of that file is loaded."""


class MetadataError(FactcheckError):
    """An article metadata file is malformed or names an article that was not read."""


class ReviewError(FactcheckError):
    """A review names no stored claim or has a bad verdict."""
