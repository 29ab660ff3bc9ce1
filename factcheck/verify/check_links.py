"""A claim's reference candidates and its link: the reference figures of the claim's measure and
dates that its article's words may name, a "shot" claim's killed and injured totals, and the
candidate in force on the claim's date that scores best.

Split from ``check.py``; the scores and the choice are ``match``'s pure functions, the reads
of candidates (one temporary queue of claims, one query) are here.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import duckdb

from factcheck.verify.context import find_claim_place, find_sentence_bounds
from factcheck.verify.match import (
    CANDIDATES_SQL,
    GRAMS_SQL,
    PARTNERS_SQL,
    Candidate,
    Link,
    choose_link,
    score_candidate,
    select_in_force,
)
from factcheck.verify.measures import SHOT
from factcheck.verify.status import Reference
from factcheck.verify.totals import reference_measure, shot_total


def find_candidates(
    con: duckdb.DuckDBPyConnection,
    claims: Sequence[dict[str, Any]],
    measures: dict[str, str],
    on_dates: dict[str, date | None],
) -> dict[str, dict[str, list[Candidate]]]:
    """The reference candidates of each claim with a measure and a date, by reference id."""
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


def link_claim(
    by_ref: dict[str, list[Candidate]], text: str, claim: dict[str, Any], on: date
) -> tuple[Link | None, str]:
    """The claim's link to a reference figure in force on ``on``, and its place."""
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
