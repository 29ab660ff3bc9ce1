"""The `factcheck` command line: a thin layer over the library and the flow."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from factcheck import __version__
from factcheck.config import DB_ENV, DEFAULT_DB, MODEL_ENV, resolve_db_path
from factcheck.errors import FactcheckError
from factcheck.progress import ProgressBar, ProgressLines
from factcheck.report import render_rows
from factcheck.sources.files import load_articles
from factcheck.sources.plan import plan_sources
from factcheck.store import (
    QueryResult,
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
    from factcheck.evaluate import Report
    from factcheck.run import RunRequest

_FORMATS = ("table", "json", "csv")
# Each command: its one-line summary and the example its --help ends with.
_COMMANDS: dict[str, tuple[str, str]] = {
    "run": (
        "Run the extraction flow over files or folders, store the claims, print the flagged.",
        "factcheck run seeds/ --db data/factcheck.duckdb",
    ),
    "extract": (
        "Print the claims of articles as JSON lines, without touching the database.",
        "factcheck extract seeds/blinken-gaza-pauses.txt > pred.jsonl",
    ),
    "eval": (
        "Score the extractor against gold files: precision and recall per field.",
        "factcheck eval seeds/gold seeds",
    ),
    "query": (
        "Run read-only SQL on the database and print the result.",
        'factcheck query "SELECT doc, text, source_kind FROM flagged_claims"',
    ),
    "status": (
        "Show what the database holds, the last run, and the deployments' schedules.",
        "factcheck status   # with PREFECT_API_URL set, the deployments and schedules too",
    ),
    "show": (
        "Write an article as an HTML page with every claim highlighted by status and flag.",
        "factcheck show blinken-gaza-pauses.txt --out blinken.html",
    ),
    "service": (
        "Start (or reuse) this checkout's Prefect server, pool, deployments and worker; or stop.",
        "factcheck service start --run seeds",
    ),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()
        return code
    except FactcheckError as e:
        print(f"factcheck: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `factcheck query ... | head`: the reader left; stop quietly, as cat does
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Extract numeric claims from news articles, store them, flag the unverified.",
        epilog="Example:\n  factcheck run seeds/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        help=f"DuckDB file (default: ${DB_ENV} or {DEFAULT_DB})",
    )
    model_option = argparse.ArgumentParser(add_help=False)
    model_option.add_argument(
        "--model",
        help=f"spaCy model (default: ${MODEL_ENV}, en_core_web_sm, or the locked copy)",
    )

    run = _add(commands, "run", [db_option, model_option])
    run.add_argument(
        "paths",
        nargs="*",
        default=["seeds"],
        metavar="PATH",
        help="article files, folders or http(s) URLs (default: seeds)",
    )
    run.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL",
        help="RSS or Atom feed whose new entries to read (repeatable)",
    )
    run.add_argument(
        "--metadata",
        metavar="FILE",
        help="CSV of the files' doc, published (ISO date), url [, publisher, title]",
    )
    run.add_argument(
        "--reference",
        action="append",
        default=None,
        metavar="PATH",
        help="reference CSV file or folder to load and check against (repeatable; default "
        "$FACTCHECK_REFERENCE or data/reference; --reference '' loads none)",
    )
    run.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        metavar="N",
        help="processes to parse in (default: one per core; small runs use one)",
    )

    extract = _add(commands, "extract", [db_option, model_option])
    extract.add_argument("paths", nargs="+", metavar="FILE", help="article files or folders")

    evaluate = _add(commands, "eval", [db_option, model_option])
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of gold .json files")
    evaluate.add_argument("article_dir", metavar="ARTICLE_DIR", help="folder of the articles")
    evaluate.add_argument("--json", action="store_true", help="print the full report as JSON")

    query = _add(commands, "query", [db_option])
    query.add_argument("sql", metavar="SQL", help="one SQL statement (writes are refused)")
    query.add_argument("--format", choices=_FORMATS, default="table", help="output format")

    _add(commands, "status", [db_option])

    show = _add(commands, "show", [db_option])
    show.add_argument("doc", metavar="DOC", help="stored article: file name, path, URL or doc_id")
    show.add_argument(
        "--out", metavar="FILE", help="HTML file to write (default: data/show/<article>.html)"
    )

    service = _add(commands, "service", [db_option])
    service.add_argument("action", choices=("start", "stop"), help="start or stop the service")
    service.add_argument(
        "--run",
        nargs="*",
        metavar="PATH",
        help="after starting, run the on-demand deployment over these paths and print the flagged",
    )

    from factcheck.verify.commands import add_verify_commands  # issue 9

    add_verify_commands(commands, _add, db_option)
    return parser


def _add(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    parents: list[argparse.ArgumentParser],
    spec: tuple[str, str, Callable[[argparse.Namespace], int]] | None = None,
) -> argparse.ArgumentParser:
    """Add a command from its spec: summary, example (its --help ends with it), handler."""
    summary, example, handler = spec or (*_COMMANDS[name], _HANDLERS[name])
    parser = commands.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=f"Example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=parents,
    )
    parser.set_defaults(handler=handler)
    return parser


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


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: a whole number of 1 or more")
    return value


def format_flagged(flagged: QueryResult) -> str:
    """The flagged claims as a text table, document first; empty if there are none."""
    rows = render_rows(flagged)
    if not rows:
        return ""
    columns = [c for c in rows[0] if c != "doc"]
    return format_table(["doc", *columns], [[r["doc"], *(r[c] for c in columns)] for r in rows])


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


def format_report(report: Report) -> str:
    """Return the eval report as text: counts, per-field table, full-record accuracy."""
    from factcheck.evaluate import FIELDS

    scores = report.as_dict()["fields"]
    rows = [
        (name, f"{scores[name]['precision']:.2f}", f"{scores[name]['recall']:.2f}")
        for name in (*FIELDS, "record")
    ]
    lines = [
        f"gold claims {report.n_gold}  predicted {report.n_pred}  matched {report.n_matched}  "
        f"false positives {len(report.false_positives)}  "
        f"not-claims predicted {len(report.not_claim_hits)}  missed {len(report.misses)}",
        format_table(("field", "precision", "recall"), rows),
        f"full-record accuracy {report.record_accuracy:.2f}",
        f"caveats one by one: precision {report.caveat_precision:.2f}  recall "
        f"{report.caveat_recall:.2f}  ({report.caveats_right} right of {report.caveats_predicted} "
        f"predicted, {report.caveats_gold} in gold)",
    ]
    for fp in report.false_positives:
        lines.append(f"false positive: {fp['doc']}:{fp['start']} {fp['text']!r}")
    for miss in report.misses:
        lines.append(f"missed: {miss['doc']}:{miss['start']} {miss['text']!r}")
    for error in report.errors:
        lines.append(
            f"wrong {','.join(error['wrong'])}: {error['doc']}:{error['start']} "
            f"{error['text']!r} gold={error['gold']} pred={error['pred']}"
        )
    return "\n".join(lines)


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


def records_for_json(records: list[dict[str, object]]) -> list[dict[str, object]]:
    """Make DuckDB values (timestamps, decimals) JSON-safe."""
    return [json.loads(json.dumps(r, default=str)) for r in records]


def write_jsonl(records: Iterable[dict[str, Any]], fp: IO[str]) -> int:
    """Write one JSON object per line; return how many were written."""
    count = 0
    for record in records:
        fp.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


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


_HANDLERS = {
    "run": _run,
    "extract": _extract,
    "eval": _eval,
    "query": _query,
    "status": _status,
    "show": _show,
    "service": _service,
}
