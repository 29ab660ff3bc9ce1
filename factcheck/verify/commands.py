"""The verification commands of the `factcheck` CLI: reference load, verify, review, export."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.config import resolve_db_path
from factcheck.errors import ReviewError
from factcheck.verify.review import build_claim_reviews
from factcheck.verify.store import (
    VERDICTS,
    CheckReport,
    add_review,
    load_reference,
    read_reviewed,
    recheck,
)

AddCommand = Callable[..., argparse.ArgumentParser]


def add_verify_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add: AddCommand,
    db_option: argparse.ArgumentParser,
) -> None:
    """Add `reference load`, `verify`, `review` and `export claimreview` to the CLI."""
    reference = add(commands, "reference", [db_option], _spec("reference"))
    reference.add_argument("action", choices=["load"], help="load: add new or revised figures")
    reference.add_argument("paths", nargs="+", metavar="PATH", help="CSV files or folders")

    verify = add(commands, "verify", [db_option], _spec("verify"))
    verify.add_argument("--reference", action="append", default=[], metavar="PATH")

    review = add(commands, "review", [db_option], _spec("review"))
    review.add_argument("claim_id", metavar="CLAIM_ID", help="claim id, or a unique prefix")
    review.add_argument("--verdict", required=True, choices=VERDICTS)
    review.add_argument("--note", required=True, help="why")
    review.add_argument("--evidence", default="", metavar="URL", help="where the evidence is")
    review.add_argument("--by", required=True, metavar="NAME", help="who reviewed it")

    export = add(commands, "export", [db_option], _spec("export"))
    export.add_argument("format", choices=["claimreview"], help="claimreview: schema.org JSON-LD")
    export.add_argument("--since", type=date.fromisoformat, help="reviews on or after this date")
    export.add_argument("--out", help="output file (default: standard output)")


def _reference_load(args: argparse.Namespace) -> int:
    loaded, report = load_reference(resolve_db_path(args.db), args.paths)
    print(
        f"{loaded.n_rows} reference row(s) in {len(loaded.files)} file(s), "
        f"{loaded.n_new} new or revised"
    )
    if report:
        print(format_counts(report))
    return 0


def _verify(args: argparse.Namespace) -> int:
    loaded, report = recheck(resolve_db_path(args.db), references=args.reference)
    if loaded:
        print(f"{loaded.n_rows} reference row(s), {loaded.n_new} new or revised")
    print(format_counts(report))
    for row in report.contradicted[:20]:
        print(f"contradicted: {row['doc']}: {row['text']} -> {'; '.join(row['check_reasons'])}")
    return 0


def _review(args: argparse.Namespace) -> int:
    if not args.note.strip():
        raise ReviewError("--note is empty: say why")
    review_id = add_review(
        resolve_db_path(args.db),
        args.claim_id,
        verdict=args.verdict,
        note=args.note,
        evidence=args.evidence,
        reviewer=args.by,
    )
    print(f"review {review_id[:12]} recorded: {args.verdict}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from factcheck.store import connect

    with connect(resolve_db_path(args.db), read_only=True) as con:
        reviews = build_claim_reviews(read_reviewed(con, since=args.since))
    text = json.dumps(reviews, indent=1, ensure_ascii=False, default=str) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"{len(reviews)} ClaimReview(s) -> {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def format_counts(report: CheckReport) -> str:
    """One line: claims per status."""
    return ", ".join(f"{n} {status}" for status, n in report.counts.items())


def as_rows(report: CheckReport) -> list[dict[str, Any]]:
    """The contradicted claims as table rows (for the flow's artifact)."""
    return [
        {
            "document": r["doc"],
            "claim": r["text"],
            "reference": r["reference_value"],
            "publisher": r["reference_publisher"],
            "as of": str(r["reference_as_of"] or ""),
            "url": r["reference_url"],
            "difference": r["difference"],
        }
        for r in report.contradicted
    ]


# Each command: its one-line summary and the example its --help ends with.
_SPECS: dict[str, tuple[str, str]] = {
    "reference": (
        "Load trusted reference figures (CSV) into the database and recheck the claims.",
        "factcheck reference load data/reference/",
    ),
    "verify": (
        "Check every stored claim again (optionally reloading reference files first).",
        "factcheck verify --reference data/reference/",
    ),
    "review": (
        "Record a person's verdict on a claim (appended; the latest is shown).",
        'factcheck review 3f2a9c --verdict inaccurate --note "GVA lists 3 killed" '
        "--evidence https://www.gunviolencearchive.org/incident/480327 --by 'A. Checker'",
    ),
    "export": (
        "Write schema.org ClaimReview JSON-LD for the reviewed claims.",
        "factcheck export claimreview --since 2024-01-01 --out reviews.jsonld",
    ),
}


def _spec(name: str) -> tuple[str, str, Callable[[argparse.Namespace], int]]:
    summary, example = _SPECS[name]
    return summary, example, _HANDLERS[name]


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "reference": _reference_load,
    "verify": _verify,
    "review": _review,
    "export": _export,
}
