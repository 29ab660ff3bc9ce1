"""The in-process run (factcheck.run, factcheck.engine): no Prefect, nothing parsed twice,
batched and parallel extraction giving the same claims. Real spaCy model, real DuckDB file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from factcheck import engine
from factcheck.engine import (
    WARM_UP_TEXT,
    LocalExtractor,
    _Generations,
    extract_chunk,
    release_freed_memory,
    resident_mb,
)
from factcheck.extract.claims import extract_article, extract_articles
from factcheck.extract.pipeline import PIECE_CHARS, build_nlp, tokenize_before_zone
from factcheck.model import Article, SourceKind
from factcheck.progress import Progress, ProgressLines
from factcheck.run import RunRequest, Steps, run_pipeline
from factcheck.sources.files import load_articles
from factcheck.store import connect
from tests.conftest import ROOT, SEEDS

CORPUS = ROOT / "tests" / "corpus" / "articles"


def _python(code: str, tmp_path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


RUN_AND_LIST_MODULES = """
import sys
from factcheck.cli import main
code = main(["run", "seeds", "--db", {db!r}])
# (httpx is not in the list: spaCy itself imports it)
heavy = sorted(m for m in ("prefect", "spacy", "trafilatura", "feedparser") if m in sys.modules)
print("exit", code, "loaded", heavy)
"""


LOAD_TWICE_AND_WATCH_THE_COLLECTOR = """
import gc
from factcheck.engine import extract_chunk
gc.set_threshold(500, 7, 9)
first = extract_chunk(None, [("a.txt", "Police said 3 people died.")])
frozen = gc.get_freeze_count()
second = extract_chunk(None, [("b.txt", "Officials said 12 were hurt.")])
print("thresholds", gc.get_threshold(), "enabled", gc.isenabled())
print("frozen", frozen > 100_000, "again", gc.get_freeze_count() <= frozen)
print("claims", first[0][0][0].value, second[0][0][0].value)
"""


def test_model_load_pauses_the_collector_once_and_restores_its_thresholds(tmp_path):
    out = _python(LOAD_TWICE_AND_WATCH_THE_COLLECTOR, tmp_path)
    assert "thresholds (500, 7, 9) enabled True" in out
    # the load's objects frozen, by the first load only: a second freeze would add the first
    # extraction's objects; a frozen object may still die (a compiled pattern the re module's
    # full cache drops), so the count may fall by a few, never rise
    assert "frozen True again True" in out
    assert "claims 3.0 12.0" in out


def test_run_without_prefect_api_runs_in_process_and_imports_no_prefect(tmp_path):
    out = _python(RUN_AND_LIST_MODULES.format(db=str(tmp_path / "f.duckdb")), tmp_path)
    assert "exit 0 loaded ['spacy']" in out
    assert "in process (PREFECT_API_URL not set" in out
    assert "7 claim(s), 5 flagged" in out  # data/reference verifies two (issue 9)


def test_rerun_over_unchanged_input_loads_no_model(tmp_path):
    db = str(tmp_path / "f.duckdb")
    _python(RUN_AND_LIST_MODULES.format(db=db), tmp_path)
    out = _python(RUN_AND_LIST_MODULES.format(db=db), tmp_path)
    assert "exit 0 loaded []" in out
    assert "0 to parse, 1 unchanged" in out


def test_batched_extraction_gives_the_claims_of_one_article_at_a_time(nlp):
    articles = load_articles([CORPUS])[:6]
    batched = [e.claims for e in extract_articles(nlp, articles, batch_size=4)]
    assert batched == [extract_article(nlp, a).claims for a in articles]


def test_two_worker_processes_give_the_claims_of_one_process():
    articles = load_articles([CORPUS])[:6]
    one = [(p.article.source, p.claims) for p in LocalExtractor(workers=1).extract(articles)]
    two_workers = LocalExtractor(workers=2, chunk_size=2, min_per_worker=1)
    assert two_workers.workers_for(len(articles)) == 2
    assert [(p.article.source, p.claims) for p in two_workers.extract(articles)] == one


def test_a_run_longer_than_a_workers_life_parses_in_recycled_workers_with_the_same_claims():
    articles = load_articles([CORPUS])[:6]
    one = [(p.article.source, p.claims) for p in LocalExtractor(workers=1).extract(articles)]
    recycled = LocalExtractor(workers=1, chunk_size=2, min_per_worker=1, chunks_per_worker=1)
    pids: set[int] = set()
    results = []
    for parsed in recycled.extract(articles):
        results.append((parsed.article.source, parsed.claims))
        pids |= {p.pid for p in psutil.Process().children()}
    assert results == one
    assert len(pids - {os.getpid()}) >= 2  # a fresh worker after each chunk, not this process


def test_warm_workers_hand_over_only_after_the_last_generation_finished_and_only_if_chunks_remain():
    articles = load_articles([CORPUS])[:4]
    generations = _Generations(1, 1, None, warm=True, n_chunks=2)
    first_workers = set(generations.current._processes)  # the first generation's pids
    try:
        first = generations.submit(articles[:2])
        assert generations.following is not None  # loading the model while the chunk is parsed
        second = generations.submit(articles[2:])
        assert first.done()  # never two generations parsing at once
        assert generations.following is None  # no chunk left: no generation started for none
        # the first generation is shut down by the time its successor has the next chunk
        assert first_workers
        assert not first_workers & {p.pid for p in psutil.Process().children()}
        assert [claims for claims, _ in second.result()] == [
            p.claims for p in LocalExtractor(workers=1).extract(articles[2:])
        ]
    finally:
        generations.close()


def test_freed_memory_is_handed_back_only_once_the_process_holds_more_than_the_limit(monkeypatch):
    trims: list[int] = []
    monkeypatch.setattr(engine, "_MALLOC_TRIM", trims.append)
    held = resident_mb()
    assert 10 < held < 100_000  # this process's resident memory, in MB
    release_freed_memory(above_mb=int(held) + 10_000)
    assert trims == []
    release_freed_memory(above_mb=int(held) // 2)
    assert trims == [0]


KILLED_RUN = """
import sys
from factcheck.engine import LocalExtractor
from factcheck.model import Article
text = open({seed!r}, encoding="utf-8").read()
articles = [Article(doc=f"a{{i}}.txt", text=text, source=f"a{{i}}.txt") for i in range(400)]
for parsed in LocalExtractor(workers=2, chunk_size=4).extract(articles):
    print("parsed", flush=True)
"""


@pytest.mark.parametrize("signal_name", ["SIGKILL", "SIGTERM"])
def test_worker_processes_exit_when_the_run_that_started_them_is_killed(signal_name):
    seed = next(SEEDS.glob("*.txt"))
    run = subprocess.Popen(
        [sys.executable, "-c", KILLED_RUN.format(seed=str(seed))],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert run.stdout is not None
    assert run.stdout.readline().strip() == "parsed"  # both workers are parsing by now
    workers = [
        p for p in psutil.Process(run.pid).children() if "spawn_main" in " ".join(p.cmdline())
    ]
    assert len(workers) == 2
    run.send_signal(getattr(signal, signal_name))
    run.wait(timeout=30)
    gone, alive = psutil.wait_procs(workers, timeout=15)
    for process in alive:
        process.kill()
    assert not alive, f"{len(alive)} worker(s) outlived the run killed by {signal_name}"


def test_small_runs_parse_in_this_process():
    assert LocalExtractor(workers=2).workers_for(10) == 1


def test_in_process_run_stores_claims_and_reports_progress_to_the_end(tmp_path):
    lines: list[str] = []
    db = tmp_path / "f.duckdb"
    steps = Steps(on_progress=ProgressLines(lines.append, every_s=3600))
    report = run_pipeline(RunRequest(paths=[str(SEEDS)], db=str(db), workers=1), steps)
    assert (report.n_changed, report.n_claims) == (1, 7)
    assert lines == [lines[-1]] and lines[-1].startswith("parsed 1/1 articles, 7 claims")
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM claims").fetchone() == (7,)


def test_progress_says_how_many_are_left_and_when_it_is_done():
    progress = Progress(total=2)
    progress.add(3)
    assert "parsed 1/2 articles, 3 claims" in progress.describe()
    assert "left" in progress.describe()
    progress.add(0, failed=True)
    assert progress.done and "(1 failed)" in progress.describe()


@pytest.mark.parametrize("workers", ["0", "two"])
def test_workers_must_be_a_positive_whole_number(workers, capsys):
    from factcheck.cli import main

    with pytest.raises(SystemExit):
        main(["run", "seeds", "--workers", workers])
    assert "whole number of 1 or more" in capsys.readouterr().err


def _statuses(db) -> dict[str, str]:
    with connect(db, read_only=True) as con:
        return dict(con.execute('SELECT "text", status FROM claims').fetchall())


def test_a_run_loads_its_reference_files_and_checks_its_claims_against_them(tmp_path):
    shipped = str(ROOT / "data" / "reference")
    with_reference = tmp_path / "with.duckdb"
    run_pipeline(RunRequest(paths=[str(SEEDS)], db=str(with_reference), reference=[shipped]))
    without = tmp_path / "without.duckdb"
    run_pipeline(RunRequest(paths=[str(SEEDS)], db=str(without), reference=[]))
    assert _statuses(with_reference)["roughly 240"] == "verified"
    assert _statuses(with_reference)["2.3 million"] == "contradicted"
    assert set(_statuses(without).values()) == {"unverified"}


def test_an_empty_reference_path_loads_none_rather_than_the_current_folder(tmp_path, monkeypatch):
    # The current folder holds a CSV that is no reference file: reading it would stop the run.
    (tmp_path / "other.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "f.duckdb"
    run_pipeline(RunRequest(paths=[str(SEEDS)], db=str(db), reference=[""]))
    assert set(_statuses(db).values()) == {"unverified"}


def test_a_bad_reference_file_stops_the_run_before_anything_is_written(tmp_path):
    from factcheck.errors import ReferenceDataError

    bad = tmp_path / "bad.csv"
    bad.write_text("ref_id,measure,value\nx,killed,many\n", encoding="utf-8")
    db = tmp_path / "f.duckdb"
    with pytest.raises(ReferenceDataError, match="bad.csv"):
        run_pipeline(RunRequest(paths=[str(SEEDS)], db=str(db), reference=[str(bad)]))
    assert not db.exists()


def test_the_warm_up_article_extracts_claims_so_fresh_workers_pay_first_use_costs_early(nlp):
    [result] = extract_articles(nlp, [Article(doc="w", text=WARM_UP_TEXT, source="w")])
    assert not isinstance(result, Exception)
    assert len(result.claims) >= 5
    assert {c.source.kind for c in result.claims} - {SourceKind.NONE}  # sources found too


def test_a_chunk_is_tokenized_before_its_memory_zone_so_its_words_outlive_it(nlp):
    # an invented word: made inside the zone, its string would be dropped when the zone ends
    # and made again for the next chunk (speed51)
    text = "Quorvaleth police said 14 people were hurt in Brindlemoor on Sunday."
    [(claims, error)] = extract_chunk(None, [("q.txt", text)])
    assert error is None
    strings = build_nlp(None).vocab.strings  # extract_chunk's pipeline
    assert "Quorvaleth" in strings and "Brindlemoor" in strings
    assert claims == extract_article(nlp, Article(doc="q.txt", text=text, source="q.txt")).claims


def test_texts_parsed_in_pieces_or_refused_by_the_tokenizer_stay_text_for_the_zone(nlp):
    class RefusingNlp:
        def make_doc(self, text: str) -> None:
            raise ValueError("odd text")

    long_text = "word " * (PIECE_CHARS // 5 + 1)
    [doc, long_kept] = tokenize_before_zone(nlp, ["Two men were hurt.", long_text])
    assert [t.text for t in doc] == ["Two", "men", "were", "hurt", "."]
    assert long_kept is long_text
    assert tokenize_before_zone(RefusingNlp(), ["Two men."]) == ["Two men."]  # type: ignore[arg-type]
