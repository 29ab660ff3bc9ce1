"""RSS and Atom feeds: the entries and the articles they link to, and feed-list files."""

from __future__ import annotations

import hashlib
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from factcheck.errors import ArticleError, FeedError


@dataclass(frozen=True)
class FeedEntry:
    """One feed entry: a stable key, the article URL, and what the feed says of it."""

    key: str
    feed_url: str
    url: str
    title: str | None = None
    published: str | None = None


def parse_feed(content: bytes, *, feed_url: str) -> list[FeedEntry]:
    """Return the entries of an RSS or Atom feed that link to http(s) articles.

    Args:
        content: the feed document as fetched (feedparser never fetches anything from bytes).
        feed_url: where it came from, to resolve relative links and key entries.

    Raises:
        FeedError: if the content is not a feed.
    """
    with warnings.catch_warnings():  # imported here: a run without feeds never needs it
        warnings.simplefilter("ignore")
        import feedparser

    parsed = feedparser.parse(content)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        raise FeedError(f"{feed_url}: not an RSS or Atom feed{detail}")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        url = urljoin(feed_url, link)
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        ident = entry.get("id") or url
        entries.append(
            FeedEntry(
                key=hashlib.sha1(f"{feed_url}|{ident}".encode()).hexdigest(),
                feed_url=feed_url,
                url=url,
                title=entry.get("title"),
                published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
            )
        )
    return entries


def read_url_list(path: str | Path) -> list[str]:
    """Read a list of URLs, one per line; blank lines and lines starting with # are skipped.

    Raises:
        ArticleError: if the file cannot be read.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as e:
        raise ArticleError(f"{path}: no such file") from e
    except (OSError, UnicodeDecodeError) as e:
        raise ArticleError(f"{path}: cannot read URL list: {e}") from e
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _date(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None
