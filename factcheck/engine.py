"""Where extraction runs: in this process, or in worker processes (``--workers N``).

Both parse with ``nlp.pipe`` in batches and give the same claims; worker processes each load
the model once and return claims (small, picklable), never spaCy Docs. spaCy is imported only
where a text is parsed, so a run with nothing to parse never loads it.
"""

from __future__ import annotations

import ctypes
import gc
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing import get_context
from typing import TYPE_CHECKING, Protocol, cast

from factcheck.model import Article, Claim

if TYPE_CHECKING:
    from spacy.language import Language

# Articles handed to a worker at once: small enough to keep both cores busy to the end and the
# progress bar moving, large enough that nlp.pipe batches them (docs/benchmarks.md).
CHUNK_SIZE = 16
# Chunks a worker process parses before it is replaced by a fresh one. Each chunk is parsed in
# a spaCy memory zone and the freed heap is handed back after it (release_freed_memory), so a
# parser process no longer grows with what it has parsed: one process over all 1,069 corpus
# articles stayed between 200 and 330 MB after its chunks (session 28; 942 MB in session 10,
# before both). A fresh process costs about 3.5 CPU s (interpreter, spaCy, the model, the units
# regex, a warm-up), so replacing every 16 chunks cost 4 of them per 1,069 articles (15 CPU s:
# docs/benchmarks.md, session 28); every 64 chunks (1,024 articles) still bounds a long run.
CHUNKS_PER_WORKER = 64
# A worker process costs a model load (about a second); runs smaller than this per worker
# parse in this process instead.
MIN_ARTICLES_PER_WORKER = 24
# A worker hands freed heap memory back to the system after a chunk only when it holds more than
# this (a worker with the model loaded holds about 180 MB; a chunk of long articles can take it
# past 600 MB; docs/benchmarks.md, session 15).
TRIM_ABOVE_MB = 400
# How often a worker process checks that the run that started it is still alive.
PARENT_CHECK_S = 0.5


@dataclass(frozen=True)
class Parsed:
    """One article after extraction: its claims, or why the extractor failed on it."""

    article: Article
    claims: list[Claim]
    error: str | None = None


ChunkResult = list[tuple[list[Claim], str | None]]
"""Per article of a chunk: its claims and None, or no claims and why extraction failed."""


class Extractor(Protocol):
    """Turns articles into ``Parsed`` results, in the order given, lazily."""

    def extract(self, articles: Sequence[Article]) -> Generator[Parsed]: ...


def default_workers() -> int:
    """The cores this process may use (the default of ``--workers``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_chunk(model: str | None, texts: Sequence[tuple[str, str]]) -> ChunkResult:
    """Extract the claims of (doc name, text) pairs with ``model``, loaded once per process.

    What a worker process or a Dask task runs; an article the extractor fails on gives its
    one-line reason instead of claims.
    """
    nlp = _loaded_nlp(model)
    from factcheck.extract.claims import extract_articles
    from factcheck.extract.pipeline import tokenize_before_zone

    articles = [Article(doc=doc, text=text, source=doc) for doc, text in texts]
    # tokenized outside the zone: the words' lexemes and the tokenizer's cache are kept
    tokenized = tokenize_before_zone(nlp, [a.text for a in articles])
    with nlp.memory_zone():  # claims are plain values: nothing of the Docs outlives the zone
        results = [
            ([], describe_error(result)) if isinstance(result, Exception) else (result.claims, None)
            for result in extract_articles(nlp, articles, tokenized=tokenized)
        ]
    release_freed_memory()
    return results


def _loaded_nlp(model: str | None) -> Language:
    """The pipeline of ``model``, loaded once per process with the garbage collector paused.

    Importing spaCy and the rules and loading the model allocate some hundred thousand objects
    that live as long as the process (modules, functions, the model's vocabulary and weights).
    Each allocation burst set off collections that scanned the growing heap and found nothing,
    and every later full collection scanned it all again: about 0.2 CPU s of every run's and
    worker's start (docs/benchmarks.md, session 66). So the collector is paused by a threshold
    of 0 during the load (not ``gc.disable()``: srsly turns the collector back on after each
    msgpack file the model load reads) and what the load made is then frozen: moved out of the
    generations the collector scans. The objects frozen stay for the process's life, as they
    would anyway (with the load's own garbage: about 5,700 objects of 200,000); only the first
    load does this. Measured on `factcheck run seeds/`: 0.23 -> 0.02 CPU s in collections.
    """
    if model in _LOADED:
        from factcheck.extract.pipeline import build_nlp

        return build_nlp(model)
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        import factcheck.extract.claims  # noqa: F401  (the rules, with spaCy)
        from factcheck.extract.pipeline import build_nlp

        nlp = build_nlp(model)
    finally:
        gc.set_threshold(*thresholds)
    gc.freeze()
    _LOADED.add(model)
    return nlp


_LOADED: set[str | None] = set()


def release_freed_memory(above_mb: int = TRIM_ABOVE_MB) -> None:
    """Give the memory the parse freed back to the system once the process holds over
    ``above_mb`` MB (glibc only; elsewhere nothing).

    A chunk of long articles makes the parser allocate hundreds of MB at once; freed, it stays
    in the allocator's heap and in the process's RSS until the worker is replaced. Trimming
    after every chunk cost about 10% of a worker's CPU (the heap is handed back and faulted in
    again for the next chunk; docs/benchmarks.md, session 15), so only a heap grown past
    ``above_mb`` is trimmed: the worker's peak is the same, and two workers' high-water marks
    still do not add up.
    """
    if _MALLOC_TRIM is not None and resident_mb() > above_mb:
        _MALLOC_TRIM(0)


def resident_mb() -> float:
    """This process's resident memory in MB (Linux; elsewhere infinity, so a trim happens)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * _PAGE_SIZE / 2**20
    except (OSError, ValueError, IndexError):
        return float("inf")


def _find_malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, which hands freed heap pages back to the system; else None."""
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not Linux, or not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    return cast(Callable[[int], int], trim)


_MALLOC_TRIM = _find_malloc_trim()
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def watch_parent(parent_pid: int, interval: float = PARENT_CHECK_S) -> None:
    """In a worker process: exit it as soon as the run that started it is gone.

    A run killed by SIGKILL or SIGTERM runs no cleanup, and its spawned workers would wait
    for work forever (about 500 MB each, measured); a thread checks the parent instead.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="factcheck-watch-parent", daemon=True).start()


def describe_error(error: BaseException) -> str:
    """An error in one line: its type and the first line of its message."""
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def chunked(articles: Sequence[Article], size: int) -> Iterator[Sequence[Article]]:
    """Consecutive slices of at most ``size`` articles."""
    for start in range(0, len(articles), size):
        yield articles[start : start + size]


def as_parsed(chunk: Sequence[Article], results: ChunkResult) -> Iterator[Parsed]:
    """Pair a chunk's articles with their results; failures say which source and why."""
    for article, (claims, error) in zip(chunk, results, strict=True):
        reason = f"{article.source}: cannot extract claims: {error}" if error else None
        yield Parsed(article, claims, reason)


class LocalExtractor:
    """Extraction on this machine: in this process, or in ``workers`` processes.

    Args:
        model: spaCy model name or path; None resolves the default.
        workers: processes to parse in; 1 parses in this process.
        chunk_size: articles per worker task.
        min_per_worker: articles a worker process must have to be worth starting.
        chunks_per_worker: chunks a worker parses before a fresh one replaces it; a run
            longer than that parses in a worker process even with ``workers=1``.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        workers: int = 1,
        chunk_size: int = CHUNK_SIZE,
        min_per_worker: int = MIN_ARTICLES_PER_WORKER,
        chunks_per_worker: int = CHUNKS_PER_WORKER,
    ) -> None:
        self.model = model
        self.workers = max(1, workers)
        self.chunk_size = chunk_size
        self.min_per_worker = max(1, min_per_worker)
        self.chunks_per_worker = max(1, chunks_per_worker)

    def workers_for(self, n_articles: int) -> int:
        """How many processes ``n_articles`` are worth: 1 for small runs."""
        return max(1, min(self.workers, n_articles // self.min_per_worker))

    def extract(self, articles: Sequence[Article]) -> Generator[Parsed]:
        """Yield each article's result in order, parsing ahead in the worker processes."""
        n_workers = self.workers_for(len(articles))
        # A run longer than one worker's life parses in a worker even with one process, so
        # this process's memory stays flat however many articles the run has.
        if n_workers == 1 and len(articles) <= self.chunk_size * self.chunks_per_worker:
            for chunk in chunked(articles, self.chunk_size):
                texts = [(a.doc, a.text) for a in chunk]
                yield from as_parsed(chunk, extract_chunk(self.model, texts))
            return
        spare = n_workers < default_workers()  # a core the parse leaves free
        n_chunks = -(-len(articles) // self.chunk_size)
        generations = _Generations(
            n_workers, self.chunks_per_worker, self.model, warm=spare, n_chunks=n_chunks
        )
        pending: deque[tuple[Sequence[Article], Future[ChunkResult]]] = deque()
        chunks = chunked(articles, self.chunk_size)
        try:
            # Two chunks queued per worker keep every core busy while results are written.
            for chunk in chunks:
                pending.append((chunk, generations.submit(chunk)))
                if len(pending) >= 2 * n_workers:
                    break
            while pending:
                chunk, future = pending.popleft()
                results = future.result()
                next_chunk = next(chunks, None)
                if next_chunk is not None:
                    pending.append((next_chunk, generations.submit(next_chunk)))
                yield from as_parsed(chunk, results)
        finally:
            generations.close()


# An invented article that touches most extraction rules: what a fresh worker extracts while the
# previous generation still parses, so the costs of a first extraction (regular expressions
# compiled on first use, quantulum3's unit tables, the vocabulary's common words) are paid off
# the critical path (measured: a generation's first chunk cost 1.3x its later ones).
WARM_UP_TEXT = (
    "Quake toll hits 2,000: officials\n\n"
    "Police said three people were shot and killed and about 12 others were wounded on Main "
    "Street, 45 miles south of the city. A man, 34, was found dead. The ministry estimated "
    "that more than 1,400 people had died, according to a report that could not be verified "
    "independently. A poll of 800 voters found 52 percent backed the $4.5 million plan, up from "
    "41% in May. Two of the victims, who asked not to be named, said the figure was expected "
    "to rise."
)


def warm_up(model: str | None) -> None:
    """In a worker process: load the model and extract one small article before the first
    chunk arrives."""
    nlp = _loaded_nlp(model)
    from factcheck.extract.claims import extract_articles

    with nlp.memory_zone():
        for _ in extract_articles(nlp, [Article(doc="warm-up", text=WARM_UP_TEXT, source="")]):
            pass


class _Generations:
    """A run's worker processes: ``workers`` at a time, each replaced by a fresh process after
    ``chunks_per_worker`` chunks (a parser process grows with what it has parsed).

    With ``warm`` (a core the parse leaves free) the workers are replaced a generation at a
    time, and the next generation starts and loads the model while the current one parses its
    last chunks: no chunk waits for a process to start (interpreter, spaCy and the model, about
    1.5 s each time). The next generation gets no chunk before the current one has finished
    and exited, so no more than ``workers`` processes parse at once. Without a free core, one
    pool replaces each worker when it reaches its count.
    """

    def __init__(
        self, workers: int, chunks_per_worker: int, model: str | None, *, warm: bool, n_chunks: int
    ):
        self.workers = workers
        self.n_left = n_chunks  # chunks not yet submitted
        self.chunks_per_worker = chunks_per_worker
        self.model = model
        self.warm = warm
        self.current = self._start()
        self.following: ProcessPoolExecutor | None = None
        self.futures: list[Future[ChunkResult]] = []  # the current generation's chunks

    def submit(self, chunk: Sequence[Article]) -> Future[ChunkResult]:
        quota = self.workers * self.chunks_per_worker
        retired = None
        if self.warm and len(self.futures) == quota:
            wait(self.futures)  # the parse of its last chunks: then it exits
            retired, self.current = self.current, self.following or self._start()
            self.following, self.futures = None, []
        future = self.current.submit(extract_chunk, self.model, [(a.doc, a.text) for a in chunk])
        if retired is not None:
            # Shut down once the next generation has its chunk: it parses while the old
            # processes exit (about 0.5 s each time, measured), not after.
            retired.shutdown(wait=True)
        self.n_left -= 1
        if self.warm:
            self.futures.append(future)
            if len(self.futures) == quota and self.n_left > 0:
                self.following = self._start()
        return future

    def close(self) -> None:
        for pool in (self.current, self.following):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    def _start(self) -> ProcessPoolExecutor:
        # spawn, not fork: the flow engine runs threads, and forking them can deadlock.
        pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=get_context("spawn"),
            # A warm generation is replaced whole. Its workers' count is set past their share
            # (the warm-up is a task too, and one worker may take a chunk more than another):
            # a worker reaching it would be replaced at once by a process no chunk will use.
            max_tasks_per_child=self.chunks_per_worker + 2 if self.warm else self.chunks_per_worker,
            initializer=watch_parent,
            initargs=(os.getpid(),),
        )
        if self.warm:
            for _ in range(self.workers):
                pool.submit(warm_up, self.model)
        return pool
