"""The `factcheck` command line: a thin layer over the library and the flow."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from factcheck import __version__
from factcheck.config import DB_ENV, DEFAULT_DB, resolve_db_path
from factcheck.errors import FactcheckError, GoldError
from factcheck.evaluate import FIELDS, Report, score_documents
from factcheck.extract import extract_article
from factcheck.io import (
    find_gold_paths,
    load_articles,
    read_article,
    read_gold,
    split_sources,
    write_jsonl,
)
from factcheck.pipeline import MODEL_ENV, build_nlp
from factcheck.report import render_table
from factcheck.store import open_store, run_query
from factcheck.table import format_table

_FORMATS = ("table", "json", "csv")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except FactcheckError as e:
        print(f"factcheck: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130


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

    run = _add(
        commands,
        "run",
        "Run the extraction flow over files or folders, store the claims, print the flagged.",
        "factcheck run seeds/ --db data/factcheck.duckdb",
        parents=[db_option, model_option],
    )
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
    run.set_defaults(handler=_run)

    extract = _add(
        commands,
        "extract",
        "Print the claims of articles as JSON lines, without touching the database.",
        "factcheck extract seeds/blinken-gaza-pauses.txt > pred.jsonl",
        parents=[db_option, model_option],
    )
    extract.add_argument("paths", nargs="+", metavar="FILE", help="article files or folders")
    extract.set_defaults(handler=_extract)

    evaluate = _add(
        commands,
        "eval",
        "Score the extractor against gold files: precision and recall per field.",
        "factcheck eval seeds/gold seeds",
        parents=[db_option, model_option],
    )
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of gold .json files")
    evaluate.add_argument("article_dir", metavar="ARTICLE_DIR", help="folder of the articles")
    evaluate.add_argument("--json", action="store_true", help="print the full report as JSON")
    evaluate.set_defaults(handler=_eval)

    query = _add(
        commands,
        "query",
        "Run read-only SQL on the database and print the result.",
        'factcheck query "SELECT doc, text, source_kind FROM flagged_claims"',
        parents=[db_option],
    )
    query.add_argument("sql", metavar="SQL", help="one SQL statement (writes are refused)")
    query.add_argument("--format", choices=_FORMATS, default="table", help="output format")
    query.set_defaults(handler=_query)

    from factcheck.verify.commands import add_verify_commands  # issue 9

    add_verify_commands(commands, _add, db_option)
    return parser


def _add(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    example: str,
    *,
    parents: list[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    return commands.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=f"Example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=parents,
    )


def _run(args: argparse.Namespace) -> int:
    db = resolve_db_path(args.db)
    # Check local inputs and the database before starting the flow, so bad input is one line
    # and nothing is written; URLs and feeds are checked by the flow (strict: fail, no writes).
    local, _ = split_sources(args.paths)
    if local:
        articles = load_articles(local)
        if args.metadata:
            from factcheck.verify.metadata import apply_metadata, read_metadata

            apply_metadata(articles, read_metadata(args.metadata), name=args.metadata)
    open_store(db)
    from flows.extract_claims import extract_claims_flow  # Prefect stays out of the library

    report = extract_claims_flow(
        paths=list(args.paths),
        feeds=list(args.feed),
        db=str(db),
        model=args.model,
        strict=True,
        metadata=args.metadata,
    )
    print(
        f"{report.n_documents} document(s), {report.n_changed} new or changed, "
        f"{report.n_unchanged} unchanged, {report.n_claims} claim(s), "
        f"{report.n_flagged} flagged -> {db}"
    )
    rows = render_table(report)
    if rows:
        columns = [c for c in rows[0] if c != "doc"]
        print(format_table(["doc", *columns], [[r["doc"], *(r[c] for c in columns)] for r in rows]))
    return 0


def _extract(args: argparse.Namespace) -> int:
    articles = load_articles(args.paths)
    nlp = build_nlp(args.model)
    for article in articles:
        extraction = extract_article(nlp, article)
        write_jsonl((claim.to_record() for claim in extraction.claims), sys.stdout)
    return 0


def _eval(args: argparse.Namespace) -> int:
    nlp = build_nlp(args.model)
    pairs = []
    for gold_path in find_gold_paths(args.gold_dir):
        gold = read_gold(gold_path)
        article_path = Path(args.article_dir) / gold["doc"]
        if not article_path.is_file():
            raise GoldError(f"{gold_path}: its article {article_path} does not exist")
        article = read_article(article_path)
        claims = extract_article(nlp, article).claims
        pairs.append((gold, [c.to_record() for c in claims]))
    report = score_documents(pairs)
    if args.json:
        print(json.dumps(report.as_dict(), indent=1, ensure_ascii=False))
    else:
        print(format_report(report))
    return 0


def format_report(report: Report) -> str:
    """Return the eval report as text: counts, per-field table, full-record accuracy."""
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
