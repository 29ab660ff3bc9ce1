"""Checking stored claims: link each to a reference figure, group them across documents, and
write each claim's status, flag and reasons.

``check_claims`` checks every stored claim (after new reference data or a review);
``check_documents`` checks only the claims of some documents (what a run stored), and
regroups the stored claims that share a group with them, so a run's cost follows what it
stored, not the size of the database. Both give the same result: a claim's link depends only
on its own article and the references, and its group only on the claims of that group.
The decisions are the pure functions of ``match``, ``status`` and ``groups``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import duckdb

from factcheck.flags import UNVERIFIED_REASON, find_flag_reasons
from factcheck.model import Approx, Caveat, CaveatMention, Source, SourceKind, Status
from factcheck.store.db import transaction
from factcheck.verify.context import find_claim_place, find_sentence_bounds, find_text_date
from factcheck.verify.groups import (
    GroupItem,
    GroupResult,
    find_originator,
    group_claims,
    is_group_reason,
)
from factcheck.verify.load import now_utc
from factcheck.verify.match import (
    CANDIDATES_SQL,
    GRAMS_SQL,
    PARTNERS_SQL,
    Candidate,
    choose_link,
    score_candidate,
    select_in_force,
)
from factcheck.verify.measures import SHOT, counts_a_part, find_measure
from factcheck.verify.status import CheckedFigure, Decision, Reference, decide
from factcheck.verify.totals import reference_measure, shot_total

# Documents checked per step of ``check_documents``: bounds the memory of a large run's check.
CHECK_CHUNK = 500

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
_CLAIM_COLUMNS = (
    'c.claim_id, c.doc_id, c.doc, c."start", c."end", c."text", c."value", c.high, c.approx, '
    "c.unit, c.subject, c.source_text, c.source_kind, c.caveats, c.implied"
)


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


@dataclass(frozen=True)
class _Checked:
    """A claim with what its own check found, before grouping."""

    claim: dict[str, Any]
    measure: str | None
    decision: Decision | None
    link: Any
    item: GroupItem | None
    originator: str
    place: str
    on: date | None


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
    never = [r[0] for r in con.execute(_NEVER_CHECKED_SQL).fetchall()]
    scope = sorted(set(doc_ids) | set(never))
    _forget_removed(con, scope)
    for start in range(0, len(scope), chunk):
        part = scope[start : start + chunk]
        checked = _check_own(con, _read_claims(con, part), today)
        keys = [
            _group_key(c.item.measure, c.item.ref_id, c.item.place)
            for c in checked
            if c.item is not None
        ]
        neighbours = _read_neighbours(con, keys, part)
        groups = _group([*checked, *neighbours])
        records = _decide(con, checked, groups) + _regroup(con, neighbours, groups)
        _write_checks(con, records)


def _check_own(
    con: duckdb.DuckDBPyConnection, claims: list[dict[str, Any]], today: date | None
) -> list[_Checked]:
    """Each claim on its own: its measure, its reference link and decision, its originator."""
    docs = _read_documents(con, {c["doc_id"] for c in claims})
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
            after=_after(text, claim),
            text=text,
            figure=claim["text"],
        )
        if measure:
            measures[claim["claim_id"]] = measure
    candidates = _find_candidates(con, claims, measures, on_dates)
    checked = []
    for claim in claims:
        claim_id, doc = claim["claim_id"], docs[claim["doc_id"]]
        on = on_dates[claim["doc_id"]]
        figure = _figure(claim, doc["text"])
        link, place = None, ""
        if claim_id in measures and on is not None:
            link, place = _link(candidates.get(claim_id, {}), doc["text"], claim, on)
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
            _Checked(claim, measures.get(claim_id), decision, link, item, originator, place, on)
        )
    return checked


def _group(checked: Sequence[_Checked]) -> dict[str, GroupResult]:
    return group_claims([c.item for c in checked if c.item is not None])


def _decide(
    con: duckdb.DuckDBPyConnection, checked: Sequence[_Checked], groups: dict[str, GroupResult]
) -> list[dict[str, Any]]:
    """The check records of claims checked on their own now, with their groups."""
    verdicts = _read_verdicts(con, [c.claim["claim_id"] for c in checked])
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
                "flag_reasons": _flag_reasons(claim, status, reasons, verdict, linked=bool(link)),
            }
        )
    return records


def _regroup(
    con: duckdb.DuckDBPyConnection, neighbours: Sequence[_Checked], groups: dict[str, GroupResult]
) -> list[dict[str, Any]]:
    """New check records of stored claims whose group changed: the reference decision stored
    with them stands; the group's corroboration and disputes are taken anew."""
    verdicts = _read_verdicts(con, [n.claim["claim_id"] for n in neighbours])
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
                "flag_reasons": _flag_reasons(claim, status, reasons, verdict, linked=linked),
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


def _group_key(measure: str, ref_id: str | None, place: str | None) -> dict[str, Any]:
    """What a claim groups by: its measure and reference figure, else its measure and place."""
    return {
        "measure": measure,
        "ref_id": ref_id,
        "place": None if ref_id else (place or "").lower() or None,
    }


def _read_neighbours(
    con: duckdb.DuckDBPyConnection, keys: Sequence[dict[str, Any]], scope: Sequence[str]
) -> list[_Checked]:
    """Stored claims outside ``scope`` with one of these group keys (``_group_key``): the
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
        f"SELECT {_CLAIM_COLUMNS}, c.status, k.measure, k.reference_id, k.reference_revision, "
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
    records = list(_records(cursor))
    con.execute("DROP TABLE group_keys")
    texts = {
        d: doc["text"] for d, doc in _read_documents(con, {r["doc_id"] for r in records}).items()
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
            figure=_figure(record, texts.get(record["doc_id"], "")),
            originator=record["originator"],
            place=record["group_place"] or "",
            on=record["group_date"],
            ref_id=record["reference_id"],
        )
        neighbours.append(
            _Checked(claim, item.measure, None, None, item, item.originator, item.place, item.on)
        )
    return neighbours


def _figure(claim: dict[str, Any], text: str) -> CheckedFigure:
    return CheckedFigure(
        text=claim["text"],
        value=claim["value"],
        approx=Approx(claim["approx"]),
        high=claim["high"],
        source_text=claim["source_text"],
        implied=bool(claim.get("implied")),
        part=counts_a_part(_after(text, claim)),
    )


def _after(text: str, claim: dict[str, Any]) -> str:
    """The words after a claim's figure, to the measure cues' reach."""
    return text[claim["end"] : claim["end"] + 80]


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
            "ref_measure": reference_measure(measures[c["claim_id"]]),
            "claim_date": on_dates[c["doc_id"]],
        }
        for c in claims
        if c["claim_id"] in measures and on_dates[c["doc_id"]] is not None
    ]
    shape = {
        "claim_id": "VARCHAR",
        "doc_id": "VARCHAR",
        "measure": "VARCHAR",
        "ref_measure": "VARCHAR",
        "claim_date": "DATE",
    }
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
    _add_shot_totals(con, found, measures)
    con.execute("DROP TABLE check_queue")
    con.execute("DROP TABLE check_docs")
    con.execute("DROP TABLE check_grams")
    return found


def _add_shot_totals(
    con: duckdb.DuckDBPyConnection,
    found: dict[str, dict[str, list[Candidate]]],
    measures: dict[str, str],
) -> None:
    """Turn a "shot" claim's killed candidates into killed + injured totals; drop unpaired ones."""
    shot = [claim_id for claim_id in found if measures[claim_id] == SHOT]
    ref_ids = sorted({ref_id for claim_id in shot for ref_id in found[claim_id]})
    if not ref_ids:
        return
    cursor = con.execute(PARTNERS_SQL, [ref_ids])
    columns = [d[0] for d in cursor.description]
    partners = {(r[0], r[1]): dict(zip(columns, r, strict=True)) for r in cursor.fetchall()}
    for claim_id in shot:
        for ref_id, revisions in list(found[claim_id].items()):
            totals = [
                shot_total(c.reference, partners.get((ref_id, c.reference.revision), {}))
                for c in revisions
            ]
            kept = [
                replace(c, reference=total)
                for c, total in zip(revisions, totals, strict=True)
                if total is not None
            ]
            if kept:
                found[claim_id][ref_id] = kept
            else:
                del found[claim_id][ref_id]


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


_NEVER_CHECKED_SQL = (
    "SELECT DISTINCT doc_id FROM claim_rows WHERE claim_id NOT IN (SELECT claim_id FROM "
    "claim_checks)"
)


def _read_claims(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The claims of these documents, in article order."""
    cursor = con.execute(
        f"SELECT {_CLAIM_COLUMNS} FROM claim_rows c "
        'WHERE list_contains(?::JSON::VARCHAR[], c.doc_id) ORDER BY c.doc_id, c."start"',
        [json.dumps(list(doc_ids))],
    )
    return list(_records(cursor))


def _read_documents(
    con: duckdb.DuckDBPyConnection, doc_ids: Collection[str]
) -> dict[str, dict[str, Any]]:
    cursor = con.execute(
        "SELECT doc_id, doc, coalesce(\"text\", '') AS text, published, publisher FROM documents "
        "WHERE list_contains(?::JSON::VARCHAR[], doc_id)",
        [json.dumps(sorted(doc_ids))],
    )
    return {record["doc_id"]: record for record in _records(cursor)}


def _read_verdicts(con: duckdb.DuckDBPyConnection, claim_ids: Sequence[str]) -> dict[str, str]:
    return dict(
        con.execute(
            "SELECT claim_id, verdict FROM latest_reviews WHERE list_contains(?::JSON::VARCHAR[], claim_id)",
            [json.dumps(list(claim_ids))],
        ).fetchall()
    )


def _records(cursor: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    columns = [d[0] for d in cursor.description]
    for row in cursor.fetchall():
        yield dict(zip(columns, row, strict=True))


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
    keys = [_group_key(measure, ref_id, place) for measure, ref_id, place in stale]
    neighbours = _read_neighbours(con, keys, scope)
    _write_checks(con, _regroup(con, neighbours, _group(neighbours)))


def _write_checks(con: duckdb.DuckDBPyConnection, records: Sequence[dict[str, Any]]) -> None:
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
