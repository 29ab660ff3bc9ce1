"""Checking stored claims: link each to a reference figure, group them across documents, and
write each claim's status, flag and reasons.

``check_claims`` checks every stored claim (after new reference data or a review);
``check_documents`` checks only the claims of some documents (what a run stored), and
regroups the stored claims that share a group with them, so a run's cost follows what it
stored, not the size of the database. Both give the same result: a claim's link depends only
on its own article and the references, and its group only on the claims of that group.
The decisions are the pure functions of ``match``, ``status`` and ``groups``.

The parts: ``checked_claims.py`` (a claim as the check sees it, its flag reasons),
``check_links.py`` (reference candidates and the link), ``check_neighbours.py`` (stored claims
regrouped with the checked) and ``check_rows.py`` (the rows read and written). Here: the order
of a check, chunk by chunk, and each claim's own decision.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from factcheck.model import Status
from factcheck.store.db import transaction
from factcheck.verify.check_links import find_candidates, link_claim
from factcheck.verify.check_neighbours import group_checked, group_key, read_neighbours, regroup
from factcheck.verify.check_rows import (
    NEVER_CHECKED_SQL,
    read_claims,
    read_documents,
    read_verdicts,
    write_checks,
)
from factcheck.verify.checked_claims import Checked, check_flag_reasons, checked_figure, text_after
from factcheck.verify.context import find_text_date
from factcheck.verify.groups import GroupItem, GroupResult, find_originator
from factcheck.verify.measures import find_measure
from factcheck.verify.status import decide

# Documents checked per step of ``check_documents``: bounds the memory of a large run's check.
CHECK_CHUNK = 500


@dataclass(frozen=True)
class CheckReport:
    """Claims per status after a check, and the contradicted ones with their references."""

    counts: dict[str, int]
    contradicted: list[dict[str, Any]]


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


def check_claims(con: duckdb.DuckDBPyConnection, *, today: date | None = None) -> CheckReport:
    """Check every stored claim against the reference figures and across documents.

    Rewrites ``claim_checks`` and each claim's status, flagged and flag_reasons, document
    chunk by document chunk as a run's own check does (``check_documents``), which ends where
    one pass over every claim ends (tests/verify/test_check_scope.py) in memory that does not
    grow with the database: one pass held every claim with its candidates at once (3,200
    articles: +340 MB). Reviews are read, never changed.
    """
    doc_ids = [row[0] for row in con.execute("SELECT doc_id FROM documents").fetchall()]
    check_documents(con, doc_ids, today=today)
    return read_check_report(con)


def check_documents(
    con: duckdb.DuckDBPyConnection,
    doc_ids: Collection[str],
    *,
    today: date | None = None,
    chunk: int = CHECK_CHUNK,
) -> None:
    """Check the claims of these documents, and of any stored document never checked.

    The stored claims that share a group with them are regrouped from their stored checks
    (no article is read again for them), so corroboration and disputes stay current.
    Each chunk of ``chunk`` documents is one transaction.
    """
    never = [r[0] for r in con.execute(NEVER_CHECKED_SQL).fetchall()]
    scope = sorted(set(doc_ids) | set(never))
    _forget_removed(con, scope)
    for start in range(0, len(scope), chunk):
        part = scope[start : start + chunk]
        checked = _check_own(con, read_claims(con, part), today)
        keys = [
            group_key(c.item.measure, c.item.ref_id, c.item.place)
            for c in checked
            if c.item is not None
        ]
        neighbours = read_neighbours(con, keys, part)
        groups = group_checked([*checked, *neighbours])
        records = _decide(con, checked, groups) + regroup(con, neighbours, groups)
        write_checks(con, records)


def _check_own(
    con: duckdb.DuckDBPyConnection, claims: list[dict[str, Any]], today: date | None
) -> list[Checked]:
    """Each claim on its own: its measure, its reference link and decision, its originator."""
    docs = read_documents(con, {c["doc_id"] for c in claims})
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
            after=text_after(text, claim),
            text=text,
            figure=claim["text"],
            implied=bool(claim.get("implied")),
        )
        if measure:
            measures[claim["claim_id"]] = measure
    candidates = find_candidates(con, claims, measures, on_dates)
    checked = []
    for claim in claims:
        claim_id, doc = claim["claim_id"], docs[claim["doc_id"]]
        on = on_dates[claim["doc_id"]]
        figure = checked_figure(claim, doc["text"])
        link, place = None, ""
        if claim_id in measures and on is not None:
            link, place = link_claim(candidates.get(claim_id, {}), doc["text"], claim, on)
        decision = decide(figure, link.in_force, later=link.later) if link else None
        originator = find_originator(
            claim["source_text"], claim["source_kind"], doc["publisher"] or doc["doc"]
        )
        item = None
        if claim_id in measures:
            item = GroupItem(
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
        checked.append(
            Checked(claim, measures.get(claim_id), decision, link, item, originator, place, on)
        )
    return checked


def _decide(
    con: duckdb.DuckDBPyConnection, checked: Sequence[Checked], groups: dict[str, GroupResult]
) -> list[dict[str, Any]]:
    """The check records of claims checked on their own now, with their groups."""
    verdicts = read_verdicts(con, [c.claim["claim_id"] for c in checked])
    records = []
    for c in checked:
        claim, decision, link = c.claim, c.decision, c.link
        group = groups.get(claim["claim_id"])
        status = decision.status if decision else Status.UNVERIFIED
        if decision is None and group and group.corroborated:
            status = Status.CORROBORATED
        reasons = (*(decision.reasons if decision else ()), *(group.reasons if group else ()))
        verdict = verdicts.get(claim["claim_id"])
        records.append(
            {
                "claim_id": claim["claim_id"],
                "measure": c.measure,
                "reference_id": link.in_force.ref_id if link else None,
                "reference_revision": link.in_force.revision if link else None,
                "reference_value": link.in_force.value if link else None,
                "difference": decision.difference if decision else None,
                "originator": c.originator,
                "group_id": group.group_id if group else None,
                "group_place": c.place or None,
                "group_date": c.on,
                "reasons": list(reasons),
                "status": status.value,
                "flagged": not (status is Status.VERIFIED or verdict == "accurate"),
                "flag_reasons": check_flag_reasons(
                    claim, status, reasons, verdict, linked=bool(link)
                ),
            }
        )
    return records


def _forget_removed(con: duckdb.DuckDBPyConnection, scope: Sequence[str]) -> None:
    """Drop the checks of claims no longer stored, after regrouping what they grouped with:
    a re-extracted article that lost a claim no longer corroborates with it."""
    stale = con.execute(
        "SELECT measure, reference_id, group_place FROM claim_checks "
        "WHERE claim_id NOT IN (SELECT claim_id FROM claim_rows) AND measure IS NOT NULL"
    ).fetchall()
    with transaction(con):
        con.execute(
            "DELETE FROM claim_checks WHERE claim_id NOT IN (SELECT claim_id FROM claim_rows)"
        )
    if not stale:
        return
    keys = [group_key(measure, ref_id, place) for measure, ref_id, place in stale]
    neighbours = read_neighbours(con, keys, scope)
    write_checks(con, regroup(con, neighbours, group_checked(neighbours)))
