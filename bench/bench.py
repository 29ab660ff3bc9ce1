"""Benchmark factcheck: model load, extraction throughput, memory, store writes, queries.

Usage: .venv/bin/python scripts/bench.py [--articles DIR] [--repeat N] [--store-docs N]

Reads articles from DIR (default: ../shared/corpus/news when present, else seeds/), prints a
markdown table of the measurements. Numbers are for this machine; see docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from factcheck.extract import extract_article
from factcheck.extract.pipeline import build_nlp
from factcheck.model import Approx, Article, Claim, Source, SourceKind
from factcheck.sources.files import load_articles
from factcheck.store import connect, save_run

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the articles")
    parser.add_argument("--store-docs", type=int, default=2000, help="documents to store")
    args = parser.parse_args()
    folder = args.articles or (CORPUS if CORPUS.is_dir() else ROOT / "seeds")
    rows: list[tuple[str, str]] = []

    started = time.perf_counter()
    nlp = build_nlp()
    rows.append(
        ("model load (en_core_web_sm 3.8.0 + component)", f"{time.perf_counter() - started:.2f} s")
    )

    articles = load_articles([folder])
    chars = sum(len(a.text) for a in articles)
    extract_article(nlp, articles[0])  # warm-up
    timings, n_claims = [], 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        n_claims = sum(len(extract_article(nlp, a).claims) for a in articles)
        timings.append(time.perf_counter() - started)
    best = min(timings)
    rows += [
        ("articles / characters per pass", f"{len(articles)} / {chars:,} ({folder.name})"),
        ("claims per pass", str(n_claims)),
        (f"extraction, best of {args.repeat} passes", f"{best:.3f} s"),
        (
            "extraction throughput",
            f"{chars / best:,.0f} chars/s, {len(articles) / best:.1f} articles/s",
        ),
        (
            "extraction per article (median pass / articles)",
            f"{statistics.median(timings) / len(articles) * 1000:.0f} ms",
        ),
        ("peak RSS after extraction", f"{_peak_rss_mb():.0f} MB"),
    ]
    rows += _bench_store(args.store_docs)
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


def _bench_store(n_docs: int) -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        batch = [_synthetic(i) for i in range(n_docs)]
        n_claims = sum(len(claims) for _, claims in batch)
        started = time.perf_counter()
        save_run(db, "bench-1", paths=["bench"], articles=batch, extractor_version="bench")
        first = time.perf_counter() - started
        started = time.perf_counter()
        save_run(db, "bench-2", paths=["bench"], articles=batch, extractor_version="bench")
        rerun = time.perf_counter() - started
        with connect(db, read_only=True) as con:
            started = time.perf_counter()
            for _ in range(20):
                con.execute("SELECT * FROM flagged_claims LIMIT 50").fetchall()
            query_ms = (time.perf_counter() - started) / 20 * 1000
            started = time.perf_counter()
            con.execute("SELECT * FROM claims_by_source").fetchall()
            by_source_ms = (time.perf_counter() - started) * 1000
        size_mb = db.stat().st_size / 1e6
    return [
        (
            f"store {n_docs:,} documents / {n_claims:,} claims, first run (1 tx per doc + snapshot)",
            f"{first:.2f} s ({n_claims / first:,.0f} claims/s)",
        ),
        ("same run again (unchanged: no claim rewrites)", f"{rerun:.2f} s"),
        ("flagged_claims top 50 / claims_by_source", f"{query_ms:.1f} ms / {by_source_ms:.1f} ms"),
        ("database file size", f"{size_mb:.1f} MB"),
    ]


def _synthetic(i: int) -> tuple[Article, list[Claim]]:
    text = f"Doc {i}. " + " ".join(f"Police said {n} people were hurt." for n in range(10, 20))
    article = Article(doc=f"d{i}.txt", text=text, source=f"/bench/d{i}.txt")
    claims = []
    for n in range(10, 20):
        start = text.index(f" {n} ") + 1
        claims.append(
            Claim(
                doc=article.doc,
                start=start,
                end=start + 2,
                text=str(n),
                value=n,
                approx=Approx.EXACT,
                subject="people",
                source=Source("Police", SourceKind.NAMED_ORG),
            )
        )
    return article, claims


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
