"""Reading articles and gold files, writing JSON lines. The only module that reads input files."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from factcheck.config import ARTICLE_SUFFIXES
from factcheck.errors import ArticleError, GoldError
from factcheck.model import Article

# Bytes that never occur in text: a file holding one is binary.
_BINARY_MARKERS = (b"\x00",)


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


def read_article(path: str | Path) -> Article:
    """Read one article, text exactly as stored (no newline translation), so offsets hold.

    Raises:
        ArticleError: if the file cannot be read, is empty, binary, or not UTF-8 text.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read: {e.strerror or e}") from e
    if not data.strip():
        raise ArticleError(f"{path}: empty file")
    if any(marker in data for marker in _BINARY_MARKERS):
        raise ArticleError(f"{path}: binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ArticleError(
            f"{path}: not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})"
        ) from e
    return Article(doc=path.name, text=text, source=str(path.resolve()), title=_title(text))


def load_articles(paths: Sequence[str | Path], *, allow_empty: bool = False) -> list[Article]:
    """Read every article named by ``paths``; the first bad one raises, before anything is used.

    Raises:
        ArticleError: for a missing path, an empty folder (unless allowed) or a bad file.
    """
    return [read_article(path) for path in find_article_paths(paths, allow_empty=allow_empty)]


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
