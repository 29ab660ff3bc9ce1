"""Measure time and peak memory of extracting claims from one article at the size cap.

Usage: .tools/bin/uv run python scripts/big_article.py [--bytes N] [--piece-chars N]

Builds an article of at most N bytes (default 2,000,000, the article cap) by repeating the seed
article, extracts its claims with the real pipeline and prints the parse and extraction times
and the process's peak resident memory. ``--piece-chars 0`` parses the text in one piece, as
before pieces (docs/reliability.md).
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from factcheck.config import MAX_ARTICLE_BYTES
from factcheck.extract import extract_claims
from factcheck.extract.pipeline import PIECE_CHARS, build_nlp, parse_text

SEED = Path(__file__).resolve().parent.parent / "seeds" / "blinken-gaza-pauses.txt"


def build_text(max_bytes: int) -> str:
    """The seed article repeated, paragraphs kept, cut to at most ``max_bytes`` UTF-8 bytes."""
    seed = SEED.read_text(encoding="utf-8") + "\n\n"
    data = (seed * (max_bytes // len(seed.encode()) + 1)).encode()[:max_bytes]
    return data.decode("utf-8", errors="ignore")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bytes", type=int, default=MAX_ARTICLE_BYTES)
    parser.add_argument("--piece-chars", type=int, default=PIECE_CHARS)
    args = parser.parse_args()
    nlp = build_nlp()
    text = build_text(args.bytes)
    before = _peak_rss_mb()
    started = time.perf_counter()
    doc = parse_text(nlp, text, piece_chars=args.piece_chars or len(text))
    parsed = time.perf_counter()
    extraction = extract_claims(doc, doc_name="big.txt")
    done = time.perf_counter()
    print(
        f"{len(text.encode()):,} bytes, {len(text):,} chars, {len(extraction.claims):,} claims; "
        f"parse {parsed - started:.1f} s, extract {done - parsed:.1f} s; "
        f"peak RSS {_peak_rss_mb():,.0f} MB (model loaded: {before:,.0f} MB)"
    )


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
