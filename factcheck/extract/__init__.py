"""Extraction: a parsed Doc in, claims out. Pure: imports nothing from sources, store, flows or cli."""

from factcheck.extract.claims import Extraction, extract_article, extract_claims

__all__ = ["Extraction", "extract_article", "extract_claims"]
