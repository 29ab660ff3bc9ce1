"""Benchmark a whole `factcheck run` against bare spaCy, side by side in one process run.

Usage: .venv/bin/python bench/bench.py [--limit N] [--scale N] [--store-docs N]

Reads the articles of ../shared/corpus/gva and ../shared/corpus/polnear at run time (seeds/
when those are absent), copies them to a temporary folder outside the repo, and measures:
bare ``nlp.pipe`` (en_core_web_sm alone) on the same texts and a whole `factcheck run` in one
process, in alternation (``--pairs`` times each, so a change in the machine's speed between the
two falls on both); the fixed cost of a run over the seed; the startup to the first article
parsed (the median of ``--startups`` readings); the rerun over the unchanged folder, and the
same run in 2 processes (the claims compared); optionally ``--scale N`` articles made by
varying the real ones (peak RSS, claims/s per thousand, DuckDB file size); and the single
writer's throughput. Ratios survive a busy machine better than times, so the machine's load
is printed with them. Prints a markdown table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "shared" / "corpus" / name / "articles" for name in ("gva", "polnear")]
FACTCHECK = [sys.executable, "-m", "factcheck"]
_LINE = re.compile(r"parsed (\d+)/\d+ articles, (\d+) claims.*?(\d+)m(\d+)s elapsed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="articles to use (0: all)")
    parser.add_argument("--scale", type=int, default=0, help="varied articles for memory (0: skip)")
    parser.add_argument("--store-docs", type=int, default=2000, help="documents for the writer")
    parser.add_argument("--pairs", type=int, default=2, help="bare parse / whole run pairs")
    parser.add_argument("--startups", type=int, default=5, help="startup readings (median)")
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    result: dict[str, object] = {"load_start": _load()}
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        work = Path(tmp)
        folder, n_articles, n_chars = _copy_corpus(work / "articles", args.limit)
        rows.append(("articles / characters", f"{n_articles:,} / {n_chars:,} ({folder.name})"))

        fixed_s, _ = _run(["run", str(ROOT / "seeds"), "--db", str(work / "seed.duckdb")])
        rows.append(
            ("`factcheck run seeds/` (1 article): fixed cost, fresh database", f"{fixed_s:.1f} s")
        )
        startups = sorted(
            _first_parse(work / f"first{k}.duckdb") for k in range(max(1, args.startups))
        )
        first_parse_s = startups[len(startups) // 2]
        rows.append(
            (
                f"startup to the first article parsed (`factcheck run seeds/`), median of "
                f"{len(startups)} (min-max)",
                f"{first_parse_s:.1f} s ({startups[0]:.1f}-{startups[-1]:.1f})",
            )
        )
        result["first_parse_s"] = round(first_parse_s, 2)
        result["first_parse_all_s"] = [round(s, 2) for s in startups]

        pairs = []
        for k in range(max(1, args.pairs)):
            bare_s, load_s = _bare_parse(folder)
            bare_cpu = _cpu_of_last
            run_s, _ = _run(
                ["run", str(folder), "--db", str(work / f"w{k + 1}.duckdb"), "--workers", "1"]
            )
            pairs.append((bare_s, run_s, bare_cpu, _cpu_of_last))
        db1 = work / "w1.duckdb"
        one_s = pairs[0][1]
        bare_s, first_s, bare_cpu, first_cpu = (sum(column) for column in zip(*pairs, strict=True))
        rows.append(
            (
                f"bare nlp.pipe (en_core_web_sm, batch 16), model load apart, x{len(pairs)}",
                f"{bare_s:.1f} s",
            )
        )
        rerun_s, _ = _run(["run", str(folder), "--db", str(db1), "--workers", "1"])
        db2 = work / "two.duckdb"
        two_s, _ = _run(["run", str(folder), "--db", str(db2), "--workers", "2"])
        same = _claims_digest(db1) == _claims_digest(db2)
        n_claims = _count(db1)
        rows += [
            (
                f"whole `factcheck run`, 1 process (fresh database), x{len(pairs)}",
                f"{first_s:.1f} s, {n_claims:,} claims",
            ),
            ("flow_ratio: bare parse / whole run", f"{bare_s / first_s:.2f}x"),
            (
                "flow_ratio of each pair, in order",
                ", ".join(f"{b:.1f} / {r:.1f} s = {b / r:.3f}" for b, r, _, _ in pairs),
            ),
            (
                "the same in CPU seconds (bare parse process / run process and its workers)",
                f"{bare_cpu:.1f} / {first_cpu:.1f} s = {bare_cpu / first_cpu:.2f}x",
            ),
            ("rerun over the unchanged folder", f"{rerun_s:.2f} s"),
            ("rerun_ratio: rerun / first run", f"{rerun_s / one_s:.3f}"),
            ("whole run, `--workers 2`", f"{two_s:.1f} s"),
            ("workers_speedup: 1 process / 2 processes", f"{one_s / two_s:.2f}x"),
            (
                "same claims with 2 processes",
                "yes" if same else f"NO ({_claims_differing(db1, db2)} claims differ)",
            ),
        ]
        result.update(
            bare_parse_s=round(bare_s, 2),
            model_load_s=round(load_s, 2),
            fixed_cost_s=round(fixed_s, 2),
            first_run_s=round(one_s, 2),
            pairs=[[round(x, 2) for x in pair] for pair in pairs],
            rerun_s=round(rerun_s, 2),
            workers2_s=round(two_s, 2),
            flow_ratio=round(bare_s / first_s, 3),
            flow_ratio_cpu=round(bare_cpu / first_cpu, 3),
            rerun_ratio=round(rerun_s / one_s, 4),
            workers_speedup=round(one_s / two_s, 3),
            same_claims=same,
            articles=n_articles,
            claims=n_claims,
        )
        peak_mb = _peak_of_last_run
        if args.scale:
            scale = _scale(folder, work, args.scale)
            rows += [
                (f"{args.scale:,} varied articles, --workers 2", f"{scale['seconds']:.0f} s"),
                (
                    "peak RSS: all processes / the writer / one worker",
                    f"{scale['peak_rss_mb']:.0f} / {scale['peak_parent_mb']:.0f} / "
                    f"{scale['peak_worker_mb']:.0f} MB",
                ),
                (
                    "peak RSS per thousand articles (all / writer / worker, MB)",
                    ", ".join("/".join(map(str, m)) for m in scale["rss_by_thousand"]),
                ),
                (
                    "claims/s per thousand articles",
                    ", ".join(f"{c:.0f}" for c in scale["claims_per_s_by_thousand"]),
                ),
                ("DuckDB file size", f"{scale['db_mb']:.1f} MB"),
            ]
            result["scale"] = scale
            peak_mb = max(peak_mb, scale["peak_rss_mb"])
        writer = _writer(work / "writer.duckdb", args.store_docs)
        rows.append(("single writer: claims stored per second", f"{writer:,.0f} claims/s"))
        result.update(writer_claims_per_s=round(writer), peak_rss_mb=round(peak_mb))
    result["load_end"] = _load()
    rows.append(
        (
            "load average (1, 5, 15 min) at start / end",
            f"{result['load_start']} / {result['load_end']}",
        )
    )
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    print(json.dumps(result))


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _copy_corpus(target: Path, limit: int) -> tuple[Path, int, int]:
    sources = [p for folder in CORPORA if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    if not sources:
        sources = sorted((ROOT / "seeds").glob("*.txt"))
    if limit:
        sources = sources[:limit]
    target.mkdir(parents=True)
    n_chars = 0
    for i, path in enumerate(sources):
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        if text:
            (target / f"{i:05d}-{path.name}").write_text(text + "\n", encoding="utf-8")
            n_chars += len(text) + 1
    return target, len(list(target.iterdir())), n_chars


def _bare_parse(folder: Path) -> tuple[float, float]:
    """Bare spaCy on the same texts, in a child process like the runs (fair memory, imports)."""
    code = (
        "import sys,time,pathlib,spacy\n"
        "from factcheck.extract.pipeline import resolve_model_name\n"
        "t=time.perf_counter(); nlp=spacy.load(resolve_model_name()); load=time.perf_counter()-t\n"
        "texts=[p.read_text(encoding='utf-8') for p in sorted(pathlib.Path(sys.argv[1]).iterdir())]\n"
        "t=time.perf_counter(); n=sum(1 for _ in nlp.pipe(texts, batch_size=16))\n"
        "print(time.perf_counter()-t, load)\n"
    )
    global _cpu_of_last
    cpu = _children_cpu()
    out = subprocess.run(
        [sys.executable, "-c", code, str(folder)], check=True, capture_output=True, text=True
    ).stdout.split()
    _cpu_of_last = _children_cpu() - cpu
    return float(out[0]), float(out[1])


def _first_parse(db: Path) -> float:
    """Seconds from starting `factcheck run seeds/` to its first article parsed (an upper
    bound of startup to first parse: it includes parsing that article)."""
    env = {**os.environ, "FACTCHECK_PROGRESS_EVERY": "0"}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*FACTCHECK, "run", str(ROOT / "seeds"), "--db", str(db), "--workers", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    seen = None
    for line in proc.stderr:
        if seen is None and "parsed 1/" in line:
            seen = time.perf_counter() - started
    proc.wait()
    return seen if seen is not None else float("nan")


_peak_of_last_run = 0.0
_cpu_of_last = 0.0


def _children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process and its descendants."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(args: list[str], *, sample: list[tuple[float, float]] | None = None) -> tuple[float, str]:
    """Run the CLI in a fresh process; return its wall time and stderr; track its peak RSS."""
    global _peak_of_last_run, _cpu_of_last
    started = time.perf_counter()
    cpu = _children_cpu()
    proc = subprocess.Popen(
        [*FACTCHECK, *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak = [0.0]
    stop = threading.Event()
    thread = threading.Thread(target=_watch, args=(proc.pid, stop, peak, sample), daemon=True)
    thread.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - started
    _cpu_of_last = _children_cpu() - cpu
    stop.set()
    thread.join()
    if proc.returncode:
        raise SystemExit(f"factcheck {' '.join(args)} failed:\n{err}")
    _peak_of_last_run = max(_peak_of_last_run, peak[0])
    return elapsed, err


def _watch(pid: int, stop: threading.Event, peak: list[float], sample: list | None) -> None:
    """Sample the RSS of the run and its worker processes twice a second."""
    started = time.perf_counter()
    while not stop.is_set():
        try:
            parent = psutil.Process(pid)
            procs = [parent, *parent.children(recursive=True)]
            rss = [p.memory_info().rss / 1e6 for p in procs]
        except psutil.Error:
            rss = []
        if rss:
            peak[0] = max(peak[0], sum(rss))
            if sample is not None:
                workers = max(rss[1:], default=0.0)
                sample.append((time.perf_counter() - started, sum(rss), rss[0], workers))
        stop.wait(0.5)


def _scale(folder: Path, work: Path, n: int) -> dict:
    """``n`` articles made by varying the real ones: numbers shifted, paragraphs reordered."""
    target = work / "scale"
    target.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())]
    rng = random.Random(10)
    for i in range(n):
        head, *paras = texts[i % len(texts)].split("\n\n")
        rng.shuffle(paras)
        shift = 1 + i // len(texts)
        body = re.sub(r"\d+", lambda m, k=shift: str(int(m.group()) + k), "\n\n".join(paras))
        (target / f"v{i:06d}.txt").write_text(f"{head} ({i})\n\n{body}\n", encoding="utf-8")
    db = work / "scale.duckdb"
    sample: list[tuple[float, float, float]] = []
    env_interval = os.environ.get("FACTCHECK_PROGRESS_EVERY")
    os.environ["FACTCHECK_PROGRESS_EVERY"] = "1"
    try:
        seconds, err = _run(["run", str(target), "--db", str(db), "--workers", "2"], sample=sample)
    finally:
        if env_interval is None:
            os.environ.pop("FACTCHECK_PROGRESS_EVERY", None)
    points = [(int(a), int(c), int(m) * 60 + int(s)) for a, c, m, s in _LINE.findall(err)]
    rate, rss_by_k = [], []
    for k in range(1000, n + 1, 1000):
        before = max((p for p in points if p[0] <= k - 1000), default=(0, 0, 0))
        after = min((p for p in points if p[0] >= k), default=None)
        if after and after[2] > before[2]:
            rate.append((after[1] - before[1]) / (after[2] - before[2]))
            # the largest RSS of this thousand's time: all processes, the parent, one worker
            window = [s for s in sample if before[2] <= s[0] <= after[2] + 1] or sample
            rss_by_k.append(tuple(round(max(s[i] for s in window)) for i in (1, 2, 3)))
    return {
        "articles": n,
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(max(s[1] for s in sample), 1),
        "peak_parent_mb": round(max(s[2] for s in sample), 1),
        "peak_worker_mb": round(max(s[3] for s in sample), 1),
        "rss_by_thousand": [list(x) for x in rss_by_k],
        "claims_per_s_by_thousand": [round(x, 1) for x in rate],
        "db_mb": round(db.stat().st_size / 1e6, 1),
    }


def _writer(db: Path, n_docs: int) -> float:
    """Claims per second the single DuckDB writer stores (synthetic claims, batched)."""
    from factcheck.model import Approx, Article, Claim, Source, SourceKind
    from factcheck.store import save_run

    batch = []
    for i in range(n_docs):
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
        batch.append((article, claims))
    started = time.perf_counter()
    save_run(db, "bench", paths=["bench"], articles=batch, extractor_version="bench")
    return n_docs * 10 / (time.perf_counter() - started)


def _claims_differing(db1: Path, db2: Path) -> int:
    """Claims (with subject, source, caveats and reasons) in one database and not the other.

    The differing rows go to stderr and both databases are kept (their folder is printed
    there), so a difference that does not come back can still be traced.
    """
    import duckdb

    sql = (
        'SELECT claim_id, doc, "text", subject, source_text, caveat_kinds::VARCHAR, '
        "flag_reasons::VARCHAR FROM flagged_claims"
    )
    rows = []
    for db in (db1, db2):
        with duckdb.connect(str(db), read_only=True) as con:
            rows.append(set(con.execute(sql).fetchall()))
    differing = rows[0] ^ rows[1]
    kept = Path(tempfile.mkdtemp(prefix="factcheck-bench-differ-"))
    for db in (db1, db2):
        shutil.copy2(db, kept / db.name)
    print(f"claims differing between {db1.name} and {db2.name} (kept in {kept}):", file=sys.stderr)
    for row in sorted(differing, key=lambda r: (r[0], r in rows[1])):
        print(f"  only in {db1.name if row in rows[0] else db2.name}: {row}", file=sys.stderr)
    return len(differing)


def _claims_digest(db: Path) -> str:
    return _query(
        db,
        "SELECT md5(string_agg(claim_id || subject || source_text || "
        "caveat_kinds::VARCHAR || flag_reasons::VARCHAR, ',' ORDER BY claim_id)) "
        "FROM flagged_claims",
    )


def _count(db: Path) -> int:
    return int(_query(db, "SELECT count(*) FROM claims"))


def _query(db: Path, sql: str) -> str:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return str(con.execute(sql).fetchone()[0])
    finally:
        con.close()


if __name__ == "__main__":
    main()
