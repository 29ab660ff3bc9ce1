"""Text of web pages: the main text, title and date of HTML, and articles from fetched responses.

Pure: bytes and text in, articles out (fetch.py does the fetching)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.errors import ArticleError
from factcheck.model import Article

if TYPE_CHECKING:
    from factcheck.sources.fetch import Fetched


# Bytes that never occur in text: a file holding one is binary.
_BINARY_MARKERS = (b"\x00",)
_TEXT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
# Fewer words than this is a menu or a stub, not an article.
MIN_ARTICLE_WORDS = 15


@dataclass(frozen=True)
class PageText:
    """What a page says: its main text (claims' offsets index it), title and date."""

    text: str
    title: str | None = None
    published: str | None = None


def extract_page_text(html: str, *, url: str | None = None) -> PageText | None:
    """Return the article text of an HTML page, or None when it holds no article.

    Boilerplate (navigation, footers, comments) is dropped; paragraphs are joined by blank lines.
    """
    with warnings.catch_warnings():  # imported here: a run over text files never needs it
        warnings.simplefilter("ignore")
        import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
    )
    if document is None:
        return None
    text = (getattr(document, "text", None) or "").strip()
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return None
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return PageText(
        text="\n\n".join(paragraphs),
        title=getattr(document, "title", None) or None,
        published=_date(getattr(document, "date", None)),
    )


def _date(value: object) -> str | None:
    text = str(value or "")[:10]
    return text if len(text) == 10 and text[4] == "-" and text[7] == "-" else None


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
    text = decode_text(url, fetched.body, charset=charset, what="body")
    if media_type == "text/plain":
        return Article(
            doc=url, text=text, source=fetched.url, title=fallback_title or find_title(text)
        )
    article = article_from_html(url, fetched.url, text, url=url)
    if article.title is None and fallback_title:
        return Article(
            doc=article.doc,
            text=article.text,
            source=article.source,
            title=fallback_title,
            published=article.published,
        )
    return article


def article_from_html(doc: str, source: str, html: str, *, url: str | None) -> Article:
    page = extract_page_text(html, url=url)
    if page is None:
        raise ArticleError(f"{url or source}: HTML holds no article text")
    return Article(
        doc=doc, text=page.text, source=source, title=page.title, published=page.published
    )


def decode_text(name: str, data: bytes, *, charset: str | None = None, what: str = "file") -> str:
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


def find_title(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None
