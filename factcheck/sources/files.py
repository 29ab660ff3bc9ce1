"""Article files: finding them in folders and reading them exactly as stored."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factcheck.config import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES
from factcheck.errors import ArticleError
from factcheck.model import Article
from factcheck.sources.web import article_from_html, decode_text, find_title


def find_article_paths(paths: Sequence[str | Path], *, allow_empty: bool = False) -> list[Path]:
    """Return the article files named by ``paths``: files as given, folders searched recursively.

    Args:
        paths: files and folders.
        allow_empty: accept a folder with no articles (an inbox with nothing new).

    Raises:
        ArticleError: if a path does not exist or (unless allowed) a folder holds no articles.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not files and not allow_empty:
                suffixes = ", ".join(ARTICLE_SUFFIXES)
                raise ArticleError(f"{path}: folder holds no article files ({suffixes})")
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            raise ArticleError(f"{path}: no such file or folder")
    return list(dict.fromkeys(found))


def read_article(path: str | Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read one article file. Text (.txt, .md) is kept exactly as stored (no newline
    translation), so offsets index the file; HTML files give their main text.

    Raises:
        ArticleError: if the file cannot be read, is empty, too large, binary, not UTF-8 text,
            or (HTML) holds no article.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"{path}: {size} bytes is over the {max_bytes}-byte article limit")
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read: {e.strerror or e}") from e
    text = decode_text(str(path), data)
    source = str(path.resolve())
    if path.suffix.lower() in (".html", ".htm"):
        return article_from_html(path.name, source, text, url=None)
    return Article(doc=path.name, text=text, source=source, title=find_title(text))


def load_articles(paths: Sequence[str | Path], *, allow_empty: bool = False) -> list[Article]:
    """Read every article named by ``paths``; the first bad one raises, before anything is used.

    Raises:
        ArticleError: for a missing path, an empty folder (unless allowed) or a bad file.
    """
    return [read_article(path) for path in find_article_paths(paths, allow_empty=allow_empty)]


def collect_articles(
    paths: Sequence[str | Path], *, allow_empty: bool = False
) -> tuple[list[Article], list[tuple[str, str]]]:
    """Read what can be read under ``paths``; return the articles and (source, reason) failures.

    Unlike ``load_articles`` nothing raises: a missing path, an empty folder (unless allowed)
    or a bad file is a failure and the rest is still read.
    """
    articles: list[Article] = []
    failures: list[tuple[str, str]] = []
    for raw in paths:
        try:
            files = find_article_paths([raw], allow_empty=allow_empty)
        except ArticleError as e:
            failures.append((str(raw), str(e)))
            continue
        for path in files:
            try:
                articles.append(read_article(path))
            except ArticleError as e:
                failures.append((str(path), str(e)))
    return articles, failures


def split_sources(sources: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split sources into local paths and URLs (anything with a scheme, checked when fetched)."""
    paths: list[str] = []
    urls: list[str] = []
    for source in sources:
        (urls if "://" in source else paths).append(source)
    return paths, urls
