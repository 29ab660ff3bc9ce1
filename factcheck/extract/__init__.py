"""Extraction: a parsed Doc in, claims out. Pure: imports nothing from sources, store, flows or cli.

The names below are imported on first use: importing this package (for its lexicon, say) must
not import spaCy, which takes seconds (issue 10), nor close an import cycle through flags.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.extract.claims import Extraction, extract_article, extract_claims

__all__ = ["Extraction", "extract_article", "extract_claims"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from factcheck.extract import claims

        return getattr(claims, name)
    raise AttributeError(f"module 'factcheck.extract' has no attribute {name!r}")
