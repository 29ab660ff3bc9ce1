"""Measure verification on the GVA testbed (../shared/corpus/gva, README there).

Loads reference_figures.csv, extracts and stores all articles with documents.csv as metadata,
then scores the links against documents.csv (the answer key, used for scoring only):

- of the claims linked to a reference, the share linked to their own incident's record;
- the share of articles with a casualty claim (killed, injured, or shot: killed + injured of
  one incident, verify/totals.py) linked to their own incident, and without shot claims;
- verified claims whose value does not fit their record (must be 0);
- with each incident's records removed in turn, the claims of its articles still linked.

Each number is also given per half of the incidents ("dev": md5 of the incident id even, where
the matching rules were developed; "check": odd), to show what does not carry over.

Usage: .venv/bin/python scripts/verify_gva.py [--corpus ../shared/corpus/gva] [--db PATH]
Nothing of the corpus is written into the repository; the database goes to a temp folder.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import __version__  # noqa: E402
from factcheck.extract import extract_article  # noqa: E402
from factcheck.extract.pipeline import build_nlp  # noqa: E402
from factcheck.model import Approx  # noqa: E402
from factcheck.sources.files import load_articles  # noqa: E402
from factcheck.store import save_run  # noqa: E402
from factcheck.verify.load import read_reference_files, save_reference_rows  # noqa: E402
from factcheck.verify.measures import counts_a_part, names_a_part  # noqa: E402
from factcheck.verify.metadata import apply_metadata, read_metadata  # noqa: E402
from factcheck.verify.status import CheckedFigure, Reference, fits  # noqa: E402
from factcheck.verify.store import check_claims, load_reference  # noqa: E402

# "shot" is everyone shot, checked against an incident's killed plus injured (verify/totals.py).
CASUALTY = ("killed", "injured", "shot")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "gva"))
    parser.add_argument("--db", help="database file (default: a fresh one in a temp folder)")
    parser.add_argument("--reuse", action="store_true", help="reuse --db's claims, recheck only")
    parser.add_argument("--json", help="also write the numbers to this JSON file")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    db = Path(args.db) if args.db else Path(tempfile.mkdtemp()) / "gva.duckdb"
    incident_of = {
        row["doc"]: row["incident_id"]
        for row in csv.DictReader((corpus / "documents.csv").open(encoding="utf-8"))
    }
    started = time.monotonic()
    if not args.reuse:
        for leftover in db.parent.glob(db.name + "*"):
            leftover.unlink()
        loaded, _ = load_reference(db, [corpus / "reference_figures.csv"], recheck=False)
        print(f"loaded {loaded.n_rows} reference rows in {time.monotonic() - started:.1f}s")
        articles = load_articles([corpus / "articles"])
        metadata = corpus / "documents.csv"
        articles = apply_metadata(articles, read_metadata(metadata), name=str(metadata))
        nlp = build_nlp()
        extracted = [(a, extract_article(nlp, a).claims) for a in articles]
        save_run(db, "gva", paths=[str(corpus)], articles=extracted, extractor_version=__version__)
        print(f"extracted and stored {len(articles)} articles in {time.monotonic() - started:.1f}s")
    con = duckdb.connect(str(db))
    timer = time.monotonic()
    check_claims(con)
    check_seconds = time.monotonic() - timer
    numbers = score(con, incident_of)
    numbers["check_seconds"] = round(check_seconds, 2)
    numbers["removed"] = score_removed(con, corpus, incident_of)
    con.close()
    print(json.dumps(numbers, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(numbers, indent=1) + "\n", encoding="utf-8")
    return 0


def score(con: duckdb.DuckDBPyConnection, incident_of: dict[str, str]) -> dict[str, object]:
    """The linked-claim, article and fit numbers over the whole corpus."""
    rows = con.execute(
        'SELECT c.doc, c."text", c."value", c.high, c.approx, c.source_text, c.status, '
        'c.measure, c.reference_id, c.implied, r."value" + coalesce(p."value", 0), '
        "CASE WHEN p.ref_id IS NULL THEN r.low ELSE r.low + p.low END, "
        "CASE WHEN p.ref_id IS NULL THEN r.high ELSE r.high + p.high END, "
        # the words after the figure: a count of people in care is a part (measures.py)
        'substr(coalesce(d."text", \'\'), c."end" + 1, 80), '
        # and a count of a group within the harmed ("women killed") is a part too
        "coalesce(c.subject, ''), "
        # the words before it: "the next two" is a part (measures.counts_a_part)
        "substr(coalesce(d.\"text\", ''), greatest(c.start - 39, 1), "
        "c.start - greatest(c.start - 40, 0)) "
        "FROM claims c JOIN documents d ON d.doc_id = c.doc_id LEFT JOIN reference_figures r "
        "ON r.ref_id = c.reference_id AND r.revision = (SELECT reference_revision FROM "
        "claim_checks k WHERE k.claim_id = c.claim_id) "
        # a "shot" claim is linked to the killed record and checked against killed + injured
        "LEFT JOIN reference_figures p ON c.measure = 'shot' AND p.measure = 'injured' "
        "AND p.url = r.url AND p.place = r.place AND p.period_start = r.period_start"
    ).fetchall()
    linked = [r for r in rows if r[8]]
    own = [r for r in linked if _incident(r[8]) == incident_of[r[0]]]
    wrong = [(r[0], r[1], r[8], incident_of[r[0]]) for r in linked if r not in own]
    docs = set(incident_of)
    linked_docs = {r[0] for r in own if r[7] in CASUALTY}
    unfit = [
        r
        for r in rows
        if r[6] == "verified"
        and not fits(
            CheckedFigure(
                text=r[1],
                value=r[2],
                approx=Approx(r[4]),
                high=r[3],
                implied=r[9],
                part=counts_a_part(r[13], r[15]) or names_a_part(r[14]),
            ),
            Reference("x", 1, r[7], r[10], "", "", low=r[11], high=r[12]),
        )
    ]
    statuses = Counter(r[6] for r in rows if r[7] in CASUALTY)
    halves = {}
    for half in HALVES:
        mine = {d for d in docs if _half(incident_of[d]) == half}
        half_linked = [r for r in linked if r[0] in mine]
        half_own = [r for r in own if r[0] in mine]
        halves[half] = {
            "linked_claims": len(half_linked),
            "linked_to_own_incident": len(half_own),
            "articles": len(mine),
            "articles_with_casualty_claim_linked_to_own_incident": len(linked_docs & mine),
        }
    return {
        "claims": len(rows),
        "casualty_claims": sum(1 for r in rows if r[7] in CASUALTY),
        "implied_claims": sum(1 for r in rows if r[9]),
        "linked_claims": len(linked),
        "linked_to_own_incident": len(own),
        "share_linked_to_own_incident": round(len(own) / len(linked), 4) if linked else None,
        "articles": len(docs),
        "articles_with_casualty_claim_linked_to_own_incident": len(linked_docs),
        "share_articles_linked": round(len(linked_docs) / len(docs), 4),
        "articles_linked_by_killed_or_injured_claim": len(
            {r[0] for r in own if r[7] in ("killed", "injured")}
        ),
        "verified_that_do_not_fit": len(unfit),
        "casualty_statuses": dict(statuses),
        "halves": halves,
        "wrong_links": wrong[:40],
    }


def score_removed(
    con: duckdb.DuckDBPyConnection, corpus: Path, incident_of: dict[str, str]
) -> dict[str, object]:
    """Remove each incident's records in turn; count its articles' claims still linked."""
    rows = read_reference_files([corpus / "reference_figures.csv"])
    by_incident: dict[str, list] = {}
    for row in rows:
        by_incident.setdefault(_incident(row.ref_id), []).append(row)
    incidents = sorted(set(incident_of.values()))
    still_linked: list[tuple[str, str, str]] = []
    started = time.monotonic()
    for incident in incidents:
        con.execute("DELETE FROM reference_figures WHERE ref_id LIKE ?", [f"gva-{incident}-%"])
        check_claims(con)
        docs = [d for d, i in incident_of.items() if i == incident]
        still_linked += con.execute(
            'SELECT doc, "text", reference_id FROM claims WHERE reference_id IS NOT NULL '
            "AND list_contains(?, doc)",
            [docs],
        ).fetchall()
        con.execute("DELETE FROM reference_figures WHERE ref_id LIKE ?", [f"gva-{incident}-%"])
        save_reference_rows(con, by_incident[incident])
    check_claims(con)
    return {
        "incidents": len(incidents),
        "claims_still_linked": len(still_linked),
        "articles_with_a_claim_still_linked": len({d for d, _, _ in still_linked}),
        "articles_still_linked_by_half": {
            half: len({d for d, _, _ in still_linked if _half(incident_of[d]) == half})
            for half in HALVES
        },
        "examples": still_linked[:20],
        "seconds": round(time.monotonic() - started, 1),
    }


HALVES = ("dev", "check")


def _half(incident: str) -> str:
    """The half an incident falls in, by a hash of its id (not by anything about it)."""
    return HALVES[int(hashlib.md5(incident.encode()).hexdigest(), 16) % 2]


def _incident(ref_id: str) -> str:
    return ref_id.split("-")[1] if ref_id.startswith("gva-") else ""


if __name__ == "__main__":
    raise SystemExit(main())
