"""Stored claims that share a group with the claims checked now: found by group key (the same
measure and reference figure, or the same measure and place), and their check records taken
anew where their group changed.

Split from ``check.py``: a run checks only the claims it stored, and regroups these from their
stored checks (no article is read again for them) so corroboration and disputes stay current.
The reference decision stored with a neighbour stands; its group's reasons are new.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import duckdb

from factcheck.model import Status
from factcheck.verify.check_rows import CLAIM_COLUMNS, read_documents, read_records, read_verdicts
from factcheck.verify.checked_claims import Checked, check_flag_reasons, checked_figure
from factcheck.verify.groups import GroupItem, GroupResult, group_claims, is_group_reason


def group_checked(checked: Sequence[Checked]) -> dict[str, GroupResult]:
    """The groups of the checked claims that have a measure."""
    return group_claims([c.item for c in checked if c.item is not None])


def regroup(
    con: duckdb.DuckDBPyConnection, neighbours: Sequence[Checked], groups: dict[str, GroupResult]
) -> list[dict[str, Any]]:
    """New check records of stored claims whose group changed: the reference decision stored
    with them stands; the group's corroboration and disputes are taken anew."""
    verdicts = read_verdicts(con, [n.claim["claim_id"] for n in neighbours])
    records = []
    for n in neighbours:
        claim, stored = n.claim, n.claim["stored"]
        group = groups.get(claim["claim_id"])
        linked = stored["reference_id"] is not None
        own = tuple(r for r in stored["reasons"] if not is_group_reason(r))
        status = Status(stored["status"]) if linked else Status.UNVERIFIED
        if not linked and group and group.corroborated:
            status = Status.CORROBORATED
        reasons = (*own, *(group.reasons if group else ()))
        verdict = verdicts.get(claim["claim_id"])
        records.append(
            {
                **{k: stored[k] for k in _STORED_COLUMNS},
                "claim_id": claim["claim_id"],
                "group_id": group.group_id if group else None,
                "reasons": list(reasons),
                "status": status.value,
                "flagged": not (status is Status.VERIFIED or verdict == "accurate"),
                "flag_reasons": check_flag_reasons(claim, status, reasons, verdict, linked=linked),
            }
        )
    return records


_STORED_COLUMNS = (
    "measure",
    "reference_id",
    "reference_revision",
    "reference_value",
    "difference",
    "originator",
    "group_place",
    "group_date",
)


def group_key(measure: str, ref_id: str | None, place: str | None) -> dict[str, Any]:
    """What a claim groups by: its measure and reference figure, else its measure and place."""
    return {
        "measure": measure,
        "ref_id": ref_id,
        "place": None if ref_id else (place or "").lower() or None,
    }


def read_neighbours(
    con: duckdb.DuckDBPyConnection, keys: Sequence[dict[str, Any]], scope: Sequence[str]
) -> list[Checked]:
    """Stored claims outside ``scope`` with one of these group keys (``group_key``): the
    same measure and reference figure, or the same measure and place (any date: a new claim
    can bridge two runs of dates)."""
    if not keys:
        return []
    shape = {"measure": "VARCHAR", "ref_id": "VARCHAR", "place": "VARCHAR"}
    con.execute(
        "CREATE OR REPLACE TEMP TABLE group_keys AS SELECT DISTINCT r.* FROM (SELECT unnest("
        f"from_json(?::JSON, '{json.dumps([shape])}')) AS r)",
        [json.dumps(keys)],
    )
    cursor = con.execute(
        f"SELECT {CLAIM_COLUMNS}, c.status, k.measure, k.reference_id, k.reference_revision, "
        "k.reference_value, k.difference, k.originator, k.group_place, k.group_date, k.reasons "
        "FROM claim_checks k JOIN claim_rows c USING (claim_id) "
        "WHERE k.measure IS NOT NULL AND NOT list_contains(?::JSON::VARCHAR[], c.doc_id) AND ("
        " (k.reference_id IS NOT NULL AND (k.measure, k.reference_id) IN "
        "  (SELECT measure, ref_id FROM group_keys WHERE ref_id IS NOT NULL))"
        " OR (k.reference_id IS NULL AND (k.measure, lower(k.group_place)) IN "
        "  (SELECT measure, place FROM group_keys WHERE place IS NOT NULL))) "
        "ORDER BY c.claim_id",  # one order whatever DuckDB's threads do
        [json.dumps(list(scope))],
    )
    records = list(read_records(cursor))
    con.execute("DROP TABLE group_keys")
    texts = {
        d: doc["text"] for d, doc in read_documents(con, {r["doc_id"] for r in records}).items()
    }
    neighbours = []
    for record in records:
        claim = {k: record[k] for k in record if k not in _STORED_COLUMNS}
        claim["stored"] = record
        item = GroupItem(
            claim_id=record["claim_id"],
            doc_id=record["doc_id"],
            doc=record["doc"],
            measure=record["measure"],
            figure=checked_figure(record, texts.get(record["doc_id"], "")),
            originator=record["originator"],
            place=record["group_place"] or "",
            on=record["group_date"],
            ref_id=record["reference_id"],
        )
        neighbours.append(
            Checked(claim, item.measure, None, None, item, item.originator, item.place, item.on)
        )
    return neighbours
