"""A writer for tests/test_crash.py to kill: stores one version of many synthetic documents.

Usage: python -m tests.store.crash_writer DB RUN_ID VERSION [N_DOCS] [staged]

Each document has an "old" and a "new" version that differ in text (so in content hash) and in
claims (their number, offsets and values, so their ids). The writer saves every document in
VERSION in one run through a ``RunWriter``, a batch per transaction, as a flow run does. No
spaCy is used, but importing factcheck takes seconds, so the writer starts early: it prints
"ready", waits for a line on stdin (none: it exits), prints "writing" and writes, printing
"committed" after each batch; the test times its kill from "writing", or from a "committed".
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.model import Approx, Article, Claim, Source, SourceKind
from factcheck.store import compute_claim_id, compute_content_hash, compute_doc_id
from factcheck.store.writer import WRITE_BATCH, RunWriter

VERSIONS = ("old", "new")
# Several write batches (factcheck.store.writer.WRITE_BATCH is 64), so a kill can land between them.
N_DOCS = 200
N_BATCHES = -(-N_DOCS // WRITE_BATCH)


def build_documents(version: str, n_docs: int = N_DOCS) -> list[tuple[Article, list[Claim]]]:
    """The ``version`` of every document, with its claims."""
    return [_document(i, version) for i in range(n_docs)]


def expected_claims(n_docs: int = N_DOCS) -> dict[str, dict[str, set[tuple[str, str, float]]]]:
    """doc_id -> content hash -> the (claim_id, text, value) rows of that version, for both."""
    expected: dict[str, dict[str, set[tuple[str, str, float]]]] = {}
    for version in VERSIONS:
        for article, claims in build_documents(version, n_docs):
            doc_id = compute_doc_id(article.source)
            rows = {(compute_claim_id(doc_id, c.start, c.end), c.text, c.value) for c in claims}
            expected.setdefault(doc_id, {})[compute_content_hash(article.text)] = rows
    return expected


def _document(i: int, version: str) -> tuple[Article, list[Claim]]:
    # Versions differ in their claims' number, offsets (a longer opening) and values.
    new = version == "new"
    n_claims = 6 + i % 3 if new else 3 + i % 4
    opening = f"Report {i}, revised.\n\n" if new else f"Report {i}.\n\n"
    figures = [str(1000 * i + n + (500 if new else 0)) for n in range(n_claims)]
    sentences = [
        f"Police said {f} people were hurt in district {n}." for n, f in enumerate(figures)
    ]
    text = opening + " ".join(sentences) + "\n"
    article = Article(doc=f"doc-{i}.txt", text=text, source=f"/crash/doc-{i}.txt", title=None)
    claims = []
    for figure, sentence in zip(figures, sentences, strict=True):
        start = text.index(sentence) + len("Police said ")
        claims.append(
            Claim(
                doc=article.doc,
                start=start,
                end=start + len(figure),
                text=figure,
                value=float(figure),
                approx=Approx.EXACT,
                subject="people hurt",
                source=Source("Police", SourceKind.NAMED_ORG),
                flag_reasons=("unverified",),
            )
        )
    return article, claims


def main(argv: list[str]) -> int:
    db, run_id, version = argv[0], argv[1], argv[2]
    n_docs = int(argv[3]) if len(argv) > 3 else N_DOCS
    staged = argv[4:5] == ["staged"]  # a strict run's all-or-nothing copy (store.staging)
    documents = build_documents(version, n_docs)
    print("ready", flush=True)
    if not sys.stdin.readline():
        return 0
    print("writing", flush=True)
    with RunWriter(
        Path(db),
        run_id,
        paths=["crash"],
        extractor_version="crash-test",
        lock_timeout=60,
        atomic=staged,
        staged=staged,
    ) as writer:
        for start in range(0, len(documents), WRITE_BATCH):
            writer.save(documents[start : start + WRITE_BATCH])
            print("committed", flush=True)
        writer.finish()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
