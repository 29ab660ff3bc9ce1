"""Article metadata files: each file's publication date, URL and publisher. Pure.

A CSV with columns ``doc`` (file name), ``published`` (ISO date), ``url``, and optionally
``publisher`` and ``title``; other columns are ignored (``../shared/corpus/gva/documents.csv``
is such a file). The publisher, when not given, is the URL's host.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from factcheck.errors import MetadataError
from factcheck.model import Article

REQUIRED_COLUMNS = ("doc", "published", "url")


@dataclass(frozen=True)
class ArticleMetadata:
    """What a metadata row says about one article file."""

    doc: str
    published: str | None
    url: str | None
    publisher: str | None
    title: str | None
    line: int


def parse_metadata_csv(text: str, *, name: str) -> dict[str, ArticleMetadata]:
    """Check and return the rows of a metadata CSV, by file name.

    Raises:
        MetadataError: "NAME:LINE: problem" for a missing column, a bad date or a repeated doc.
    """
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise MetadataError(f"{name}:1: missing column(s) {', '.join(missing)}")
    rows: dict[str, ArticleMetadata] = {}
    for record in reader:
        line = reader.line_num
        doc = (record.get("doc") or "").strip()
        if not doc:
            raise MetadataError(f"{name}:{line}: doc is empty")
        if doc in rows:
            raise MetadataError(f"{name}:{line}: doc {doc!r} repeats line {rows[doc].line}")
        published = (record.get("published") or "").strip() or None
        if published:
            try:
                date.fromisoformat(published)
            except ValueError as e:
                raise MetadataError(
                    f"{name}:{line}: published {published!r} is not an ISO date (YYYY-MM-DD)"
                ) from e
        url = (record.get("url") or "").strip() or None
        if url and not url.startswith(("http://", "https://")):
            raise MetadataError(f"{name}:{line}: url {url!r} is not an http(s) URL")
        publisher = (record.get("publisher") or "").strip() or None
        rows[doc] = ArticleMetadata(
            doc=doc,
            published=published,
            url=url,
            publisher=publisher or (urlsplit(url).hostname if url else None),
            title=(record.get("title") or "").strip() or None,
            line=line,
        )
    return rows


def read_metadata(path: str | Path) -> dict[str, ArticleMetadata]:
    """Read a metadata CSV file.

    Raises:
        MetadataError: if it cannot be read or a row is bad.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise MetadataError(f"{path}: cannot read metadata file: {e}") from e
    return parse_metadata_csv(text, name=str(path))


def apply_metadata(
    articles: Sequence[Article], metadata: dict[str, ArticleMetadata], *, name: str
) -> list[Article]:
    """Give each article its row's date, URL, publisher and title.

    Raises:
        MetadataError: if a row names a file that was not read (line named).
    """
    read = {a.doc for a in articles}
    for row in metadata.values():
        if row.doc not in read:
            raise MetadataError(
                f"{name}:{row.line}: doc {row.doc!r} is not among the articles read"
            )
    return [_with(article, metadata.get(article.doc)) for article in articles]


def _with(article: Article, row: ArticleMetadata | None) -> Article:
    if row is None:
        return article
    return replace(
        article,
        published=row.published or article.published,
        url=row.url or article.url,
        publisher=row.publisher or article.publisher,
        title=row.title or article.title,
    )
