"""What each `factcheck` command does with its parsed arguments: run, extract, eval, query,
status, show, service. Each handler takes the ``argparse.Namespace`` and returns the exit code;
``cli.py`` builds the parser and turns our exceptions into one-line errors.

Split from ``cli.py``. Handlers only forward to the library and the flow (STYLE: a thin CLI);
heavy modules (spaCy, Prefect, the evaluator) are imported inside the handler that needs them,
so `factcheck --help` and `factcheck query` start fast.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.cli_output import format_flagged, format_report, records_for_json, write_jsonl
from factcheck.config import resolve_db_path
from factcheck.errors import FactcheckError
from factcheck.progress import ProgressBar, ProgressLines
from factcheck.sources.files import load_articles
from factcheck.sources.plan import plan_sources
from factcheck.store import (
    RunReport,
    check_writable,
    open_store,
    read_document,
    read_review_queue,
    read_status,
    run_query,
)
from factcheck.table import format_table

if TYPE_CHECKING:
    from factcheck.run import RunRequest


def _run(args: argparse.Namespace) -> int:
    from factcheck.run import RunRequest, Steps, run_pipeline

    db = resolve_db_path(args.db)
    request = RunRequest(
        paths=list(args.paths),
        feeds=list(args.feed),
        db=str(db),
        model=args.model,
        strict=True,
        workers=args.workers,
        metadata=args.metadata,
        reference=args.reference,
    )
    if os.environ.get("PREFECT_API_URL"):
        report = _run_flow(request)
    else:
        check_writable(db)  # a database that cannot be written is one line before any work
        progress = ProgressBar(sys.stderr) if sys.stderr.isatty() else ProgressLines(_note)
        # The one line saying how it runs comes once the inputs are read: bad input stays a
        # one-line error.
        in_process = "in process (PREFECT_API_URL not set: no Prefect server, no flow run)"
        steps = Steps(on_progress=progress, log=lambda line: _note(f"{in_process}: {line}"))
        report = run_pipeline(request, steps)
    print(
        f"{report.n_documents} document(s), {report.n_changed} new or changed, "
        f"{report.n_unchanged} unchanged, {report.n_claims} claim(s), "
        f"{report.n_flagged} flagged -> {db}"
    )
    if report.n_flagged > len(report.flagged.rows):
        print(f"the {len(report.flagged.rows)} flagged claims of highest priority:")
    print(format_flagged(report.flagged))
    return 0


def _run_flow(request: RunRequest) -> RunReport:
    """Run as a tracked flow run on the Prefect API in $PREFECT_API_URL."""
    # Check local inputs and the database before starting the flow, so bad input is one line
    # and nothing is written; URLs and feeds are checked by the flow (strict: fail, no writes).
    sources = plan_sources(request.paths, feeds=request.feeds)
    if sources.files:
        articles = load_articles(sources.files)
        if request.metadata:
            from factcheck.verify.metadata import apply_metadata, read_metadata

            apply_metadata(articles, read_metadata(request.metadata), name=request.metadata)
    open_store(resolve_db_path(request.db))
    from flows.extract_claims import extract_claims_flow  # Prefect stays out of the library

    return extract_claims_flow(**dataclasses.asdict(request))


def _note(message: str) -> None:
    print(f"factcheck: {message}", file=sys.stderr, flush=True)


def _extract(args: argparse.Namespace) -> int:
    from factcheck.extract.claims import extract_article
    from factcheck.extract.pipeline import build_nlp

    articles = load_articles(args.paths)
    nlp = build_nlp(args.model)
    for article in articles:
        extraction = extract_article(nlp, article)
        write_jsonl((claim.to_record() for claim in extraction.claims), sys.stdout)
    return 0


def _eval(args: argparse.Namespace) -> int:
    from factcheck.evaluate import score_folder
    from factcheck.extract.pipeline import build_nlp

    report = score_folder(build_nlp(args.model), args.gold_dir, args.article_dir)
    if args.json:
        print(json.dumps(report.as_dict(), indent=1, ensure_ascii=False))
    else:
        print(format_report(report))
    return 0


def _query(args: argparse.Namespace) -> int:
    result = run_query(resolve_db_path(args.db), args.sql)
    if args.format == "json":
        records = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
        write_jsonl(records_for_json(records), sys.stdout)
    elif args.format == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        writer.writerows(result.rows)
    else:
        print(format_table(result.columns, result.rows, max_width=80))
        print(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return 0


def _status(args: argparse.Namespace) -> int:
    from factcheck.status import format_status, read_deployments

    db = resolve_db_path(args.db)
    deployments = read_deployments(os.environ.get("PREFECT_API_URL"))
    print(format_status(read_status(db), deployments))
    return 0


def _show(args: argparse.Namespace) -> int:
    from factcheck.show import render_article_html

    db = resolve_db_path(args.db)
    document, claims = read_document(db, args.doc)
    out = Path(args.out) if args.out else db.parent / "show" / f"{Path(document['doc']).stem}.html"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_article_html(document, claims), encoding="utf-8")
    except OSError as e:
        raise FactcheckError(f"{out}: cannot write: {e.strerror or e}") from e
    print(f"{len(claims)} claim(s) of {document['doc']} -> {out.resolve().as_uri()}")
    return 0


def _service(args: argparse.Namespace) -> int:
    from factcheck.service import bring_up, run_on_demand, service_for, stop_all

    service = service_for(Path.cwd())
    if args.action == "stop":
        stop_all(service)
        return 0
    bring_up(service)
    if args.run is not None:
        paths = list(args.run) or ["seeds"]
        run_on_demand(service, paths)
        db = resolve_db_path(args.db)
        rows = read_review_queue(db, limit=20, sources=[str(Path(p).resolve()) for p in paths])
        print(format_flagged(rows))
    print(f"Prefect UI: {service.ui_url} (deployments, runs, artifacts: review-queue)")
    print("Stop the worker and server with: make stop")
    return 0


HANDLERS = {
    "run": _run,
    "extract": _extract,
    "eval": _eval,
    "query": _query,
    "status": _status,
    "show": _show,
    "service": _service,
}
