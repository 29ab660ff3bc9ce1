"""A run checks only what it stored (and the groups it touched), and gets what a full check
of the whole database gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.claims import extract_article
from factcheck.store import connect
from factcheck.store.writer import RunWriter
from factcheck.verify.check import check_claims
from factcheck.verify.load import read_reference_files
from factcheck.verify.store import load_reference
from tests.verify.test_verify_store import DOVER, article, store_articles, write_csv

RIVERTON = [
    ("b.txt", "Riverton police chief Ann Lee said three people were killed in Riverton on Friday."),
    ("c.txt", "Three people were killed in Riverton on Friday, the county coroner said."),
    ("d.txt", "Mayor Tom Hart said three people were killed in Riverton on Friday."),
    ("e.txt", "Five people were killed in Riverton on Friday, a pastor said."),
]
OTHER = "Budget news\n\nThe council approved 12 new buses on Monday, the city said.\n"
SHOOTING = "Shooting in Dover\n\nDOVER, Del. - Two people were killed on Elm Street on Friday, police said.\n"


def riverton(doc: str, text: str):
    return article(doc, f"Riverton shooting\n\n{text}\n", publisher=doc)


def checks(db: Path) -> list[tuple]:
    with connect(db, read_only=True) as con:
        return con.execute(
            "SELECT c.claim_id, c.status, c.flagged, c.flag_reasons, k.measure, k.reference_id, "
            "k.group_id, k.group_place, k.group_date, k.reasons FROM claim_rows c "
            "JOIN claim_checks k USING (claim_id) ORDER BY c.claim_id"
        ).fetchall()


def checked_at(db: Path, doc: str) -> set:
    with connect(db, read_only=True) as con:
        return {
            row[0]
            for row in con.execute(
                "SELECT k.checked_at FROM claim_checks k JOIN claim_rows c USING (claim_id) "
                "WHERE c.doc = ?",
                [doc],
            ).fetchall()
        }


def full_check(db: Path) -> list[tuple]:
    with connect(db) as con:
        check_claims(con)
    return checks(db)


def test_runs_one_document_at_a_time_end_where_a_full_check_ends(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    load_reference(db, [write_csv(tmp_path / "ref.csv", DOVER.format(killed=2))])
    docs = [riverton(d, t) for d, t in RIVERTON] + [article("a.txt", SHOOTING)]
    for n, doc in enumerate(docs):
        store_articles(nlp, db, doc, run_id=f"r{n}")
    stepwise = checks(db)
    statuses = {row[1] for row in stepwise}
    # the later documents changed the earlier ones' groups: corroboration and a dispute
    assert {"corroborated", "verified"} <= statuses
    assert any(r.startswith("disputed: e.txt") for row in stepwise for r in row[9])
    assert full_check(db) == stepwise


def test_reextracted_document_that_lost_its_figure_no_longer_corroborates(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    store_articles(nlp, db, *[riverton(d, t) for d, t in RIVERTON[:3]])
    assert {row[1] for row in checks(db)} == {"corroborated"}
    store_articles(nlp, db, riverton("d.txt", "Mayor Tom Hart spoke on Friday."), run_id="r2")
    after = checks(db)
    assert {row[1] for row in after} == {"unverified"}
    assert full_check(db) == after


def test_a_run_leaves_the_checks_of_unrelated_documents_alone(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    store_articles(nlp, db, article("budget.txt", OTHER), riverton(*RIVERTON[0]))
    before = checked_at(db, "budget.txt")
    store_articles(nlp, db, riverton(*RIVERTON[1]), run_id="r2")
    assert checked_at(db, "budget.txt") == before
    assert checked_at(db, "b.txt") != before  # b.txt shares c.txt's group: regrouped


@pytest.mark.parametrize(
    ("strict", "staged"), [(False, False), (True, True)], ids=["batches", "staged-strict"]
)
def test_a_run_checking_each_batch_as_it_is_stored_ends_where_a_full_check_ends(
    nlp, tmp_path, strict, staged
):
    """A run checks each batch while the next is parsed; the later batches regroup the earlier
    ones (corroboration, a dispute), and the reference figures the run loads apply to all."""
    db = tmp_path / "f.duckdb"
    store_articles(nlp, db, article("old.txt", SHOOTING), run_id="r0")  # before the reference
    docs = [riverton(d, t) for d, t in RIVERTON] + [article("a.txt", SHOOTING)]
    references = read_reference_files([write_csv(tmp_path / "ref.csv", DOVER.format(killed=2))])
    with RunWriter(
        db,
        "r1",
        paths=["x"],
        extractor_version="test",
        atomic=strict,
        staged=staged,
        references=references,
    ) as writer:
        for n, doc in enumerate(docs):
            writer.save([(doc, extract_article(nlp, doc).claims)])
            if n == 2:  # three sources agree already, before the run ends
                during = writer._connection().execute(  # the run's own connection
                    "SELECT DISTINCT status FROM claims WHERE doc = 'b.txt'"
                )
                assert during.fetchall() == [("corroborated",)]
        writer.finish()
    stepwise = checks(db)
    statuses = {row[1] for row in stepwise}
    assert {"corroborated", "verified"} <= statuses
    assert any(r.startswith("disputed: e.txt") for row in stepwise for r in row[9])
    with connect(db, read_only=True) as con:  # the earlier run's claim meets the new reference
        old = con.execute("SELECT status FROM claims WHERE doc = 'old.txt'").fetchall()
    assert old == [("verified",)]
    assert full_check(db) == stepwise
