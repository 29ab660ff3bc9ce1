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
