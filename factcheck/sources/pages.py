"""Pages and feeds as a run reads them: fetch a feed's entries, fetch a page as an article.

The flow's fetch tasks and the in-process run both call these; the in-process run retries
transient errors itself (``with_retries``), the flow through Prefect task retries.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from factcheck.config import FetchSettings
from factcheck.errors import TransientFetchError
from factcheck.model import Article
from factcheck.sources.feeds import FeedEntry, parse_feed
from factcheck.sources.fetch import fetch
from factcheck.sources.web import article_from_response

# Retries of a fetch that failed with an error that may pass (timeouts, resets, 429, 5xx).
FETCH_RETRY_DELAYS: list[float] = [1, 4, 10]

T = TypeVar("T")


def fetch_feed_entries(feed_url: str, settings: FetchSettings) -> list[FeedEntry]:
    """Fetch an RSS or Atom feed and return its entries."""
    return parse_feed(fetch(feed_url, settings).body, feed_url=feed_url)


def fetch_page(
    url: str,
    settings: FetchSettings,
    validators: tuple[str | None, str | None] = (None, None),
    entry: FeedEntry | None = None,
) -> Article | None:
    """Fetch a page and return its article, or None when the server says it is unchanged."""
    etag, last_modified = validators
    fetched = fetch(url, settings, etag=etag, last_modified=last_modified)
    if fetched.not_modified:
        return None
    article = article_from_response(fetched, fallback_title=entry.title if entry else None)
    return Article(
        doc=article.doc,
        text=article.text,
        source=url,
        title=article.title,
        published=article.published or (entry.published if entry else None),
        origin="feed" if entry else "url",
        feed_url=entry.feed_url if entry else None,
        fetched_at=fetched.fetched_at,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
    )


def with_retries(call: Callable[[], T], *, delays: Sequence[float] = FETCH_RETRY_DELAYS) -> T:
    """Call ``call``; after a ``TransientFetchError`` wait and call again, once per delay."""
    for delay in delays:
        try:
            return call()
        except TransientFetchError:
            time.sleep(delay)
    return call()
