"""Reading articles and gold files, writing JSON lines. The only module that reads input files."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from factcheck.config import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES
from factcheck.errors import ArticleError, GoldError
from factcheck.model import Article
from factcheck.sources.fetch import Fetched
from factcheck.sources.web import extract_page_text

# Bytes that never occur in text: a file holding one is binary.
_BINARY_MARKERS = (b"\x00",)
_TEXT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})


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
    text = _decode_text(str(path), data)
    source = str(path.resolve())
    if path.suffix.lower() in (".html", ".htm"):
        return _article_from_html(path.name, source, text, url=None)
    return Article(doc=path.name, text=text, source=source, title=_title(text))


def article_from_response(fetched: Fetched, *, fallback_title: str | None = None) -> Article:
    """Turn a fetched page into an article: HTML gives its main text, plain text is kept.

    Raises:
        ArticleError: if the response is not text, cannot be decoded, or holds no article.
    """
    url = fetched.final_url
    media_type = fetched.content_type.split(";")[0].strip().lower()
    if media_type and media_type not in _TEXT_TYPES:
        raise ArticleError(f"{url}: content type {media_type!r} is not an article")
    charset = _charset(fetched.content_type)
    text = _decode_text(url, fetched.body, charset=charset, what="body")
    if media_type == "text/plain":
        return Article(doc=url, text=text, source=fetched.url, title=fallback_title or _title(text))
    article = _article_from_html(url, fetched.url, text, url=url)
    if article.title is None and fallback_title:
        return Article(
            doc=article.doc,
            text=article.text,
            source=article.source,
            title=fallback_title,
            published=article.published,
        )
    return article


def _article_from_html(doc: str, source: str, html: str, *, url: str | None) -> Article:
    page = extract_page_text(html, url=url)
    if page is None:
        raise ArticleError(f"{url or source}: HTML holds no article text")
    return Article(
        doc=doc, text=page.text, source=source, title=page.title, published=page.published
    )


def _decode_text(name: str, data: bytes, *, charset: str | None = None, what: str = "file") -> str:
    """Decode text, refusing empty and binary data; the declared charset wins, else UTF-8."""
    if not data.strip():
        raise ArticleError(f"{name}: empty {what}")
    if any(marker in data for marker in _BINARY_MARKERS):
        raise ArticleError(f"{name}: binary data, not text")
    encoding = charset or "utf-8"
    try:
        return data.decode(encoding)
    except LookupError as e:
        raise ArticleError(f"{name}: unknown charset {encoding!r}") from e
    except UnicodeDecodeError as e:
        label = "UTF-8" if encoding.replace("-", "") == "utf8" else encoding
        raise ArticleError(
            f"{name}: not {label} text (byte 0x{data[e.start]:02x} at offset {e.start})"
        ) from e


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


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


def split_sources(sources: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split sources into local paths and URLs (anything with a scheme, checked when fetched)."""
    paths: list[str] = []
    urls: list[str] = []
    for source in sources:
        (urls if "://" in source else paths).append(source)
    return paths, urls


def read_gold(path: str | Path) -> dict[str, Any]:
    """Read one gold annotation file (gold README format).

    Raises:
        GoldError: if the file is not JSON or lacks ``doc`` or ``claims``.
    """
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: not a readable gold JSON file: {e}") from e
    if not isinstance(gold, dict) or "doc" not in gold or "claims" not in gold:
        raise GoldError(f"{path}: gold file needs 'doc' and 'claims' keys")
    return gold


def find_gold_paths(gold_dir: str | Path) -> list[Path]:
    """Return the gold JSON files in a folder.

    Raises:
        GoldError: if the folder does not exist or holds no JSON files.
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such folder")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise GoldError(f"{folder}: folder holds no gold .json files")
    return files


def write_jsonl(records: Iterable[dict[str, Any]], fp: IO[str]) -> int:
    """Write one JSON object per line; return how many were written."""
    count = 0
    for record in records:
        fp.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _title(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None
