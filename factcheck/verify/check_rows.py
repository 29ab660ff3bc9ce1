"""The stored rows a check reads and writes: the claims and documents of a chunk, the latest
review verdicts, and the ``claim_checks`` records with each claim's status and flags.

Split from ``check.py``; the decisions stay pure (``match``, ``status``, ``groups``), the SQL
is here. Rows are read in one order whatever DuckDB's threads do (claims by document and
offset), and a write replaces a claim's check in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Sequence
from typing import Any

import duckdb

from factcheck.store.db import transaction
from factcheck.verify.load import now_utc

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


CLAIM_COLUMNS = (
    'c.claim_id, c.doc_id, c.doc, c."start", c."end", c."text", c."value", c.high, c.approx, '
    "c.unit, c.subject, c.source_text, c.source_kind, c.caveats, c.implied"
)


NEVER_CHECKED_SQL = (
    "SELECT DISTINCT doc_id FROM claim_rows WHERE claim_id NOT IN (SELECT claim_id FROM "
    "claim_checks)"
)


def read_claims(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The claims of these documents, in article order."""
    cursor = con.execute(
        f"SELECT {CLAIM_COLUMNS} FROM claim_rows c "
        'WHERE list_contains(?::JSON::VARCHAR[], c.doc_id) ORDER BY c.doc_id, c."start"',
        [json.dumps(list(doc_ids))],
    )
    return list(read_records(cursor))


def read_documents(
    con: duckdb.DuckDBPyConnection, doc_ids: Collection[str]
) -> dict[str, dict[str, Any]]:
    """The text, date and publisher of these documents, by document id."""
    cursor = con.execute(
        "SELECT doc_id, doc, coalesce(\"text\", '') AS text, published, publisher FROM documents "
        "WHERE list_contains(?::JSON::VARCHAR[], doc_id)",
        [json.dumps(sorted(doc_ids))],
    )
    return {record["doc_id"]: record for record in read_records(cursor)}


def read_verdicts(con: duckdb.DuckDBPyConnection, claim_ids: Sequence[str]) -> dict[str, str]:
    """The latest review verdict of each of these claims that has one."""
    return dict(
        con.execute(
            "SELECT claim_id, verdict FROM latest_reviews "
            "WHERE list_contains(?::JSON::VARCHAR[], claim_id)",
            [json.dumps(list(claim_ids))],
        ).fetchall()
    )


def read_records(cursor: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    """The rows of ``cursor`` as dicts by column name."""
    columns = [d[0] for d in cursor.description]
    for row in cursor.fetchall():
        yield dict(zip(columns, row, strict=True))


def write_checks(con: duckdb.DuckDBPyConnection, records: Sequence[dict[str, Any]]) -> None:
    """Replace these claims' checks and update their status and flags, in one transaction."""
    now = now_utc()
    with transaction(con):
        con.execute(
            "CREATE OR REPLACE TEMP TABLE checks_incoming AS SELECT r.* FROM (SELECT unnest("
            f"from_json(?::JSON, '{json.dumps([_CHECK_COLUMNS])}')) AS r)",
            [json.dumps(list(records), default=str)],
        )
        con.execute(
            "DELETE FROM claim_checks WHERE claim_id IN (SELECT claim_id FROM checks_incoming)"
        )
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
