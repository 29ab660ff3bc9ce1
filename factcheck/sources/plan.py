"""The run rules: what a run reads, which pages and feed entries are fetched, when it fails.

The flow and the CLI both start from ``plan_sources``; the flow fills an ``Intake`` as its
tasks read and fetch, and the Intake says what to fetch, what is parsed again, which feed
entries count as seen, and whether the run failed. No Prefect here, so these rules have plain
unit tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.errors import FactcheckError, NothingReadError
from factcheck.model import Article
from factcheck.sources.feeds import FeedEntry, read_url_list
from factcheck.sources.files import split_sources

# What a run reads when it is given no paths and no feeds.
DEFAULT_PATHS = ("seeds",)

Failure = tuple[str, str]
"""(source, reason): a source that could not be read, and why."""


@dataclass(frozen=True)
class SourcePlan:
    """What a run reads.

    Attributes:
        files: local files and folders.
        urls: http(s) pages (anything with a scheme; checked when fetched).
        feeds: RSS or Atom feed URLs, given and listed in the feeds file.
        requested: every source as asked for, recorded with the run.
        failures: a feeds file that could not be read.
    """

    files: list[str]
    urls: list[str]
    feeds: list[str]
    requested: list[str]
    failures: list[Failure] = field(default_factory=list)


def plan_sources(
    paths: Sequence[str] | None = None,
    *,
    feeds: Sequence[str] | None = None,
    feeds_file: str | None = None,
) -> SourcePlan:
    """Return what a run reads: ``paths`` (default ``seeds`` when no feeds are given either),
    ``feeds``, and the feeds listed in ``feeds_file``.

    A feeds file that cannot be read is a failure of the run, not an exception.
    """
    feed_urls, failures = list(feeds or []), []
    if feeds_file:
        try:
            feed_urls += read_url_list(feeds_file)
        except FactcheckError as e:
            failures.append((feeds_file, str(e)))
    no_feeds = not (feeds or feeds_file)
    sources = list(paths) if paths is not None else (list(DEFAULT_PATHS) if no_feeds else [])
    files, urls = split_sources(sources)
    return SourcePlan(files, urls, feed_urls, sources + feed_urls, failures)


@dataclass
class Intake:
    """What a run has read so far, and what failed.

    Attributes:
        articles: articles read or fetched.
        failures: sources that could not be read (or extracted), with the reason.
        entries: every entry the feeds listed.
        fetched_entries: feed entries whose article was fetched, with its URL.
        not_modified: pages the server said are unchanged since the stored fetch.
        n_seen_entries: feed entries already stored, so not fetched.
    """

    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    entries: list[FeedEntry] = field(default_factory=list)
    fetched_entries: list[tuple[FeedEntry, str]] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)
    n_seen_entries: int = 0

    def add_feed(self, feed_url: str, entries: list[FeedEntry] | None, error: str | None) -> None:
        """Record a feed's entries, or why it could not be read."""
        if error is not None:
            self.failures.append((feed_url, error))
        self.entries.extend(entries or [])

    def pages_to_fetch(
        self, urls: Sequence[str], seen: set[str]
    ) -> list[tuple[str, FeedEntry | None]]:
        """Return the pages to fetch: the URLs asked for, then each feed entry not yet stored."""
        new = [e for e in self.entries if e.key not in seen]
        self.n_seen_entries = len(self.entries) - len(new)
        return [(url, None) for url in urls] + [(e.url, e) for e in new]

    def add_page(
        self, url: str, entry: FeedEntry | None, article: Article | None, error: str | None
    ) -> None:
        """Record a fetched page: its article, not modified (None), or why it failed."""
        if error is not None:
            self.failures.append((url, error))
        elif article is None:
            self.not_modified.append(url)
        else:
            self.articles.append(article)
            if entry is not None:
                self.fetched_entries.append((entry, url))

    def split_unchanged(self, unchanged: set[str]) -> tuple[list[Article], list[str]]:
        """Return the articles to parse and the sources skipped (stored as they are, or 304)."""
        changed = [a for a in self.articles if a.source not in unchanged]
        skipped = [a.source for a in self.articles if a.source in unchanged]
        return changed, skipped + self.not_modified

    def entries_to_mark_seen(self, stored: set[str]) -> list[tuple[FeedEntry, str]]:
        """Return the fetched entries whose article is stored (parsed now, or unchanged).

        An entry whose article failed is not marked seen: a fixed extractor reads it again.
        """
        return [(e, url) for e, url in self.fetched_entries if url in stored]

    def check_strict(self) -> None:
        """Fail a strict run, before it writes anything, if any source failed.

        Raises:
            FactcheckError: the first failure's own message, and how many more there are.
        """
        if self.failures:
            raise failures_error(self.failures)

    def check_something_read(self, n_read: int) -> None:
        """A run fails only when sources failed and nothing at all was read or skipped.

        Raises:
            NothingReadError: naming the first failure.
        """
        if self.failures and not n_read:
            source, reason = self.failures[0]
            raise NothingReadError(f"nothing could be read: {source}: {reason}")


def failures_error(failures: Sequence[Failure]) -> FactcheckError:
    """The error of a strict run: the first failure's own message."""
    source, reason = failures[0]
    more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
    return FactcheckError(f"{reason}{more}" if source in reason else f"{source}: {reason}{more}")
