"""Verification's DuckDB side: check stored claims, record reviews, the writer entry points.

Reference files are read and stored by ``load``; the decisions are the pure functions of
``match``, ``status`` and ``groups``.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from factcheck.errors import ReviewError
from factcheck.flags import UNVERIFIED_REASON, find_flag_reasons
from factcheck.model import Approx, Caveat, CaveatMention, Source, SourceKind, Status
from factcheck.store.db import transaction
from factcheck.verify.context import find_claim_place, find_sentence_bounds, find_text_date
from factcheck.verify.groups import GroupItem, find_originator, group_claims
from factcheck.verify.load import (
    LoadReport,
    now_utc,
    open_writer,
    read_reference_files,
    save_reference_rows,
)
from factcheck.verify.match import (
    CANDIDATES_SQL,
    GRAMS_SQL,
    Candidate,
    choose_link,
    score_candidate,
    select_in_force,
)
from factcheck.verify.measures import find_measure
from factcheck.verify.status import CheckedFigure, Decision, Reference, decide

_CHECK_COLUMNS = {
    "claim_id": "VARCHAR",
    "measure": "VARCHAR",
    "reference_id": "VARCHAR",
    "reference_revision": "INTEGER",
    "reference_value": "DOUBLE",
    "difference": "DOUBLE",
    "originator": "VARCHAR",
    "group_id": "VARCHAR",
    "group_place": "VARCHAR",
    "group_date": "DATE",
    "reasons": ["VARCHAR"],
    "status": "VARCHAR",
    "flagged": "BOOLEAN",
    "flag_reasons": ["VARCHAR"],
}
VERDICTS = ("accurate", "inaccurate", "misleading", "unverifiable")


@dataclass(frozen=True)
class CheckReport:
    """Claims per status after a check, and the contradicted ones with their references."""

    counts: dict[str, int]
    contradicted: list[dict[str, Any]]


def check_claims(con: duckdb.DuckDBPyConnection, *, today: date | None = None) -> CheckReport:
    """Check every stored claim against the reference figures and across documents.

    Rewrites ``claim_checks`` and each claim's status, flagged and flag_reasons in one
    transaction; reviews are read, never changed.
    """
    claims = _read_claims(con)
    docs = _read_documents(con)
    on_dates = {
        doc_id: doc["published"] or find_text_date(doc["text"]) or today
        for doc_id, doc in docs.items()
    }
    measures: dict[str, str] = {}
    for claim in claims:
        text = docs[claim["doc_id"]]["text"]
        measure = find_measure(
            claim["subject"],
            unit=claim["unit"],
            before=text[max(0, claim["start"] - 40) : claim["start"]],
            after=text[claim["end"] : claim["end"] + 80],
            text=text,
        )
        if measure:
            measures[claim["claim_id"]] = measure
    candidates = _find_candidates(con, claims, measures, on_dates)
    verdicts = dict(con.execute("SELECT claim_id, verdict FROM latest_reviews").fetchall())
    rows: list[dict[str, Any]] = []
    items: list[GroupItem] = []
    decisions: dict[str, tuple[Decision | None, Any]] = {}
    for claim in claims:
        claim_id, doc = claim["claim_id"], docs[claim["doc_id"]]
        on = on_dates[claim["doc_id"]]
        figure = CheckedFigure(
            text=claim["text"],
            value=claim["value"],
            approx=Approx(claim["approx"]),
            high=claim["high"],
            source_text=claim["source_text"],
        )
        link, place = None, ""
        if claim_id in measures and on is not None:
            link, place = _link(candidates.get(claim_id, {}), doc["text"], claim, on)
        decision = decide(figure, link.in_force, later=link.later) if link else None
        decisions[claim_id] = (decision, link)
        originator = find_originator(
            claim["source_text"], claim["source_kind"], doc["publisher"] or doc["doc"]
        )
        if claim_id in measures:
            items.append(
                GroupItem(
                    claim_id=claim_id,
                    doc_id=claim["doc_id"],
                    doc=claim["doc"],
                    measure=measures[claim_id],
                    figure=figure,
                    originator=originator,
                    place=place,
                    on=on,
                    ref_id=link.in_force.ref_id if link else None,
                )
            )
        rows.append({"claim": claim, "originator": originator, "place": place, "on": on})
    groups = group_claims(items)
    records = []
    for row in rows:
        claim = row["claim"]
        decision, link = decisions[claim["claim_id"]]
        group = groups.get(claim["claim_id"])
        status = decision.status if decision else Status.UNVERIFIED
        if decision is None and group and group.corroborated:
            status = Status.CORROBORATED
        reasons = (*(decision.reasons if decision else ()), *(group.reasons if group else ()))
        verdict = verdicts.get(claim["claim_id"])
        records.append(
            {
                "claim_id": claim["claim_id"],
                "measure": measures.get(claim["claim_id"]),
                "reference_id": link.in_force.ref_id if link else None,
                "reference_revision": link.in_force.revision if link else None,
                "reference_value": link.in_force.value if link else None,
                "difference": decision.difference if decision else None,
                "originator": row["originator"],
                "group_id": group.group_id if group else None,
                "group_place": row["place"] or None,
                "group_date": row["on"],
                "reasons": list(reasons),
                "status": status.value,
                "flagged": not (status is Status.VERIFIED or verdict == "accurate"),
                "flag_reasons": _flag_reasons(claim, status, reasons, verdict, linked=bool(link)),
            }
        )
    _write_checks(con, records)
    return read_check_report(con)


def read_check_report(con: duckdb.DuckDBPyConnection) -> CheckReport:
    """Count claims per status; list the contradicted with their references."""
    counts = dict(con.execute("SELECT status, count(*) FROM claims GROUP BY 1").fetchall())
    cursor = con.execute(
        'SELECT doc, "text", "value", reference_value, reference_publisher, reference_as_of, '
        "reference_url, difference, check_reasons FROM contradicted_claims"
    )
    columns = [d[0] for d in cursor.description]
    return CheckReport(
        counts={s.value: int(counts.get(s.value, 0)) for s in Status},
        contradicted=[dict(zip(columns, r, strict=True)) for r in cursor.fetchall()],
    )


def save_review(
    con: duckdb.DuckDBPyConnection,
    claim_id: str,
    *,
    verdict: str,
    note: str,
    evidence: str,
    reviewer: str,
) -> str:
    """Append a person's verdict on a claim; return the review id.

    Raises:
        ReviewError: if the verdict is not allowed or no stored claim has this id.
    """
    if verdict not in VERDICTS:
        raise ReviewError(f"verdict {verdict!r}: use one of {', '.join(VERDICTS)}")
    found = con.execute(
        "SELECT claim_id FROM claim_rows WHERE claim_id = ? OR claim_id LIKE ? || '%'",
        [claim_id, claim_id],
    ).fetchall()
    if len(found) != 1:
        problem = "no stored claim" if not found else f"{len(found)} claims"
        raise ReviewError(f"claim {claim_id!r}: {problem} with this id")
    full_id = found[0][0]
    now = now_utc()
    review_id = hashlib.sha1(f"{full_id}|{now.isoformat()}|{reviewer}".encode()).hexdigest()
    con.execute(
        "INSERT INTO claim_reviews VALUES (?, ?, ?, ?, ?, ?, ?)",
        [review_id, full_id, verdict, note, evidence, reviewer, now],
    )
    return review_id


def read_reviewed(
    con: duckdb.DuckDBPyConnection, *, since: date | None = None
) -> list[dict[str, Any]]:
    """Return the reviewed claims (latest verdict each) with their article, for export."""
    cursor = con.execute(
        """
        SELECT c.claim_id, c.doc, c."text", c.subject, c.source_text, c.source_kind,
            r.verdict, r.note, r.evidence, r.reviewer, r.reviewed_at,
            d.title, d.published, coalesce(d.url, d.source) AS doc_url, d.publisher,
            substr(d."text", greatest(c."start" - 120, 1), c."end" - c."start" + 240) AS context
        FROM latest_reviews r
        JOIN claim_rows c ON c.claim_id = r.claim_id
        JOIN documents d ON d.doc_id = c.doc_id
        WHERE ? IS NULL OR r.reviewed_at >= ?
        ORDER BY r.reviewed_at, c.claim_id
        """,
        [since, since],
    )
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def load_reference(
    path: Path, sources: Sequence[str | Path], *, recheck: bool = True
) -> tuple[LoadReport, CheckReport | None]:
    """Read every reference file first (a bad one stops everything), then store and recheck.

    Raises:
        ReferenceDataError: for a bad file, before anything is written.
        StoreError: if the database cannot be written.
    """
    rows = read_reference_files(sources)
    with open_writer(path) as con:
        with transaction(con):
            n_new = save_reference_rows(con, rows)
        report = check_claims(con) if recheck else None
    files = tuple(dict.fromkeys(r.file for r in rows))
    return LoadReport(files=files, n_rows=len(rows), n_new=n_new), report


def recheck(
    path: Path, *, references: Sequence[str | Path] = ()
) -> tuple[LoadReport | None, CheckReport]:
    """Reload reference files (when given) and check every stored claim again."""
    rows = read_reference_files(references) if references else []
    with open_writer(path) as con:
        loaded = None
        if references:
            with transaction(con):
                n_new = save_reference_rows(con, rows)
            loaded = LoadReport(tuple(dict.fromkeys(r.file for r in rows)), len(rows), n_new)
        return loaded, check_claims(con)


def add_review(path: Path, claim_id: str, **review: str) -> str:
    """Record a review and recheck, so the claim's flag follows the verdict."""
    with open_writer(path) as con:
        review_id = save_review(con, claim_id, **review)
        check_claims(con)
    return review_id


def _find_candidates(
    con: duckdb.DuckDBPyConnection,
    claims: Sequence[dict[str, Any]],
    measures: dict[str, str],
    on_dates: dict[str, date | None],
) -> dict[str, dict[str, list[Candidate]]]:
    queue = [
        {
            "claim_id": c["claim_id"],
            "doc_id": c["doc_id"],
            "measure": measures[c["claim_id"]],
            "claim_date": on_dates[c["doc_id"]],
        }
        for c in claims
        if c["claim_id"] in measures and on_dates[c["doc_id"]] is not None
    ]
    shape = {"claim_id": "VARCHAR", "doc_id": "VARCHAR", "measure": "VARCHAR", "claim_date": "DATE"}
    con.execute(
        "CREATE OR REPLACE TEMP TABLE check_queue AS SELECT r.* FROM (SELECT unnest("
        f"from_json(?::JSON, '{json.dumps([shape])}')) AS r)",
        [json.dumps(queue, default=str)],
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE check_docs AS SELECT doc_id, "
        "lower(coalesce(title, '') || ' ' || coalesce(\"text\", '')) AS lower_text FROM documents "
        "WHERE doc_id IN (SELECT doc_id FROM check_queue)"
    )
    con.execute(GRAMS_SQL)
    found: dict[str, dict[str, list[Candidate]]] = defaultdict(lambda: defaultdict(list))
    cursor = con.execute(CANDIDATES_SQL)
    columns = [d[0] for d in cursor.description]
    fields = set(Reference.__dataclass_fields__)
    for row in cursor.fetchall():
        record = dict(zip(columns, row, strict=True))
        claim_id, ref_id = record["claim_id"], record["ref_id"]
        reference = Reference(**{k: v for k, v in record.items() if k in fields})
        place_keys, region_keys = record["place_keys"], record["region_keys"]
        found[claim_id][ref_id].append(
            Candidate(reference, tuple(place_keys), tuple(region_keys), record["note"])
        )
    con.execute("DROP TABLE check_queue")
    con.execute("DROP TABLE check_docs")
    con.execute("DROP TABLE check_grams")
    return found


def _link(by_ref: dict[str, list[Candidate]], text: str, claim: dict[str, Any], on: date):
    sentence = find_sentence_bounds(text, claim["start"], claim["end"])
    scored = []
    best_place, best_score = "", None
    for revisions in by_ref.values():
        in_force, later = select_in_force(revisions, on)
        if in_force is None:
            continue
        score = score_candidate(
            in_force, text=text, sentence=sentence, position=claim["start"], on=on
        )
        if score is None:
            continue
        scored.append((score, in_force, later))
        if best_score is None or score > best_score:
            best_place, best_score = in_force.reference.place, score
    link = choose_link(scored, text=text)
    return link, (link.place if link else best_place or find_claim_place(text, sentence))


def _flag_reasons(
    claim: dict[str, Any],
    status: Status,
    reasons: Sequence[str],
    verdict: str | None,
    *,
    linked: bool,
) -> list[str]:
    if status is Status.VERIFIED and verdict in (None, "accurate"):
        return []
    if verdict == "accurate":
        return []
    caveats = tuple(CaveatMention(Caveat(c["kind"]), c["text"]) for c in claim["caveats"])
    source = Source(claim["source_text"], SourceKind(claim["source_kind"]))
    base = [
        r
        for r in find_flag_reasons(status=Status.UNVERIFIED, source=source, caveats=caveats)
        if r != UNVERIFIED_REASON or not (linked or status is Status.CORROBORATED)
    ]
    review = [f"reviewed {verdict}"] if verdict else []
    return [*review, *[r for r in reasons if not r.startswith("verified")], *base]


def _read_claims(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cursor = con.execute(
        'SELECT claim_id, doc_id, doc, "start", "end", "text", "value", high, approx, unit, '
        'subject, source_text, source_kind, caveats FROM claim_rows ORDER BY doc_id, "start"'
    )
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _read_documents(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    cursor = con.execute(
        "SELECT doc_id, doc, coalesce(\"text\", '') AS text, published, publisher FROM documents"
    )
    columns = [d[0] for d in cursor.description]
    return {row[0]: dict(zip(columns, row, strict=True)) for row in cursor.fetchall()}


def _write_checks(con: duckdb.DuckDBPyConnection, records: Sequence[dict[str, Any]]) -> None:
    now = now_utc()
    with transaction(con):
        con.execute(
            "CREATE OR REPLACE TEMP TABLE checks_incoming AS SELECT r.* FROM (SELECT unnest("
            f"from_json(?::JSON, '{json.dumps([_CHECK_COLUMNS])}')) AS r)",
            [json.dumps(list(records), default=str)],
        )
        con.execute("DELETE FROM claim_checks")
        con.execute(
            "INSERT INTO claim_checks SELECT claim_id, measure, reference_id, reference_revision, "
            "reference_value, difference, originator, group_id, group_place, group_date, reasons, "
            "? FROM checks_incoming WHERE claim_id IS NOT NULL",
            [now],
        )
        con.execute(
            "UPDATE claim_rows SET status = i.status, flagged = i.flagged, "
            "flag_reasons = i.flag_reasons FROM checks_incoming i "
            "WHERE claim_rows.claim_id = i.claim_id AND (claim_rows.status <> i.status "
            "OR claim_rows.flagged <> i.flagged OR claim_rows.flag_reasons <> i.flag_reasons)"
        )
        con.execute("DROP TABLE checks_incoming")
