"""The main text, title and date of a web page or HTML file. Pure: text in, text out."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import trafilatura


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
