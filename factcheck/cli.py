"""The `factcheck` command line: a thin layer over the library and the flow.

Here: the parser (each command's summary, options and the example its --help ends with) and
``main``, which turns our exceptions into one-line errors with exit code 1. What each command
does is in ``cli_commands.py``, what it prints in ``cli_output.py``; the verification
commands are added by ``verify/commands.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from factcheck import __version__
from factcheck.cli_commands import HANDLERS
from factcheck.config import DB_ENV, DEFAULT_DB, MODEL_ENV
from factcheck.errors import FactcheckError

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
    summary, example, handler = spec or (*_COMMANDS[name], HANDLERS[name])
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


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: a whole number of 1 or more")
    return value
