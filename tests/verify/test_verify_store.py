"""Verification over a real DuckDB file: loading references, statuses, groups, reviews."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from factcheck.errors import ReferenceDataError, ReviewError
from factcheck.extract import extract_article
from factcheck.model import Article
from factcheck.store import connect, save_run
from factcheck.verify.review import build_claim_reviews
from factcheck.verify.store import add_review, load_reference, read_reviewed, recheck
from tests.conftest import ROOT, SEEDS

HEADER = "ref_id,measure,value,low,high,unit,place,region,country,period_start,period_end,as_of,publisher,url,note"
DOVER = (
    "dover-killed,killed,{killed},,,people,Dover,Delaware,United States,2024-03-01,2024-03-01,,"
    "State Police,https://police.example/dover,shooting at 12 Elm Street"
)


def write_csv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def store_articles(nlp, db: Path, *articles: Article, run_id: str = "r1") -> None:
    pairs = [(a, extract_article(nlp, a).claims) for a in articles]
    save_run(db, run_id, paths=["x"], articles=pairs, extractor_version="test")


def article(
    doc: str, text: str, *, published="2024-03-02", publisher="dover-post.example"
) -> Article:
    return Article(
        doc=doc, text=text, source=f"/news/{doc}", published=published, publisher=publisher
    )


def claims(db: Path, where: str = "true") -> list[dict]:
    with connect(db, read_only=True) as con:
        cursor = con.execute(f'SELECT * FROM claims WHERE {where} ORDER BY doc, "start"')
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


SHOOTING = "Shooting in Dover\n\nDOVER, Del. - Two people were killed on Elm Street on Friday, police said.\n"


def test_matching_claim_is_verified_and_linked_to_its_reference(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    load_reference(db, [write_csv(tmp_path / "ref.csv", DOVER.format(killed=2))])
    store_articles(nlp, db, article("a.txt", SHOOTING))
    (claim,) = claims(db, "measure = 'killed'")
    assert (claim["status"], claim["reference_id"], claim["reference_value"]) == (
        "verified",
        "dover-killed",
        2,
    )
    assert claim["reference_publisher"] == "State Police" and not claim["flagged"]


def test_disagreeing_claim_is_contradicted_and_first_in_flagged_claims(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    load_reference(db, [write_csv(tmp_path / "ref.csv", DOVER.format(killed=3))])
    store_articles(nlp, db, article("a.txt", SHOOTING))
    (claim,) = claims(db, "measure = 'killed'")
    assert claim["status"] == "contradicted"
    assert "State Police gives 3" in claim["flag_reasons"][0]
    assert "https://police.example/dover" in claim["flag_reasons"][0]
    with connect(db, read_only=True) as con:
        first = con.execute('SELECT "text", status FROM flagged_claims LIMIT 1').fetchone()
        contradicted = con.execute(
            "SELECT reference_value, difference FROM contradicted_claims"
        ).fetchall()
    assert first == ("Two", "contradicted")
    assert contradicted == [(3.0, -1.0)]


def test_claim_without_its_record_in_the_store_stays_unverified(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    other = DOVER.replace("Dover,Delaware", "Milford,Delaware").format(killed=2)
    load_reference(db, [write_csv(tmp_path / "ref.csv", other)])
    store_articles(nlp, db, article("a.txt", SHOOTING))
    (claim,) = claims(db, "measure = 'killed'")
    assert (claim["status"], claim["reference_id"]) == ("unverified", None)


def test_new_reference_data_changes_statuses_without_reextracting(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    store_articles(nlp, db, article("a.txt", SHOOTING))
    assert claims(db, "measure = 'killed'")[0]["status"] == "unverified"
    recheck(db, references=[write_csv(tmp_path / "ref.csv", DOVER.format(killed=2))])
    assert claims(db, "measure = 'killed'")[0]["status"] == "verified"


def test_bad_reference_row_names_file_and_line_and_loads_nothing(tmp_path):
    db = tmp_path / "f.duckdb"
    bad = write_csv(
        tmp_path / "bad.csv",
        DOVER.format(killed=2),
        DOVER.format(killed="two").replace("dover-killed", "x"),
    )
    with pytest.raises(ReferenceDataError, match=r"bad\.csv:3: value 'two' is not a number"):
        load_reference(db, [bad])
    load_reference(db, [write_csv(tmp_path / "ok.csv", DOVER.format(killed=2))])
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT ref_id FROM reference_figures").fetchall() == [("dover-killed",)]


def test_reloading_is_idempotent_and_a_changed_row_keeps_its_old_revision(tmp_path):
    db = tmp_path / "f.duckdb"
    path = write_csv(tmp_path / "ref.csv", DOVER.format(killed=2))
    first, _ = load_reference(db, [path])
    again, _ = load_reference(db, [path])
    revised, _ = load_reference(db, [write_csv(path, DOVER.format(killed=3))])
    assert (first.n_new, again.n_new, revised.n_new) == (1, 0, 1)
    with connect(db, read_only=True) as con:
        rows = con.execute(
            'SELECT revision, "value" FROM reference_figures ORDER BY revision'
        ).fetchall()
        current = con.execute('SELECT "value" FROM reference_current').fetchall()
    assert rows == [(1, 2.0), (2, 3.0)]
    assert current == [(3.0,)]


def test_loading_thousands_of_rows_takes_seconds(tmp_path):
    rows = [DOVER.replace("dover-killed", f"r{i}").format(killed=i % 7) for i in range(6000)]
    started = time.monotonic()
    loaded, _ = load_reference(tmp_path / "f.duckdb", [write_csv(tmp_path / "big.csv", *rows)])
    assert loaded.n_new == 6000
    assert time.monotonic() - started < 20


CORROBORATING = [
    ("b.txt", "Riverton police chief Ann Lee said three people were killed in Riverton on Friday."),
    ("c.txt", "Three people were killed in Riverton on Friday, the county coroner said."),
    ("d.txt", "Mayor Tom Hart said three people were killed in Riverton on Friday."),
]


def test_claim_reported_by_two_other_originators_is_corroborated(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    docs = [
        article(doc, f"Riverton shooting\n\n{text}\n", publisher=doc) for doc, text in CORROBORATING
    ]
    store_articles(nlp, db, *docs)
    rows = claims(db, "measure = 'killed'")
    assert [r["status"] for r in rows] == ["corroborated"] * 3
    assert rows[0]["flagged"] and "no trusted reference" in rows[0]["flag_reasons"][0]
    with connect(db, read_only=True) as con:
        group = con.execute(
            "SELECT n_documents, n_originators, agree FROM figure_groups"
        ).fetchall()
    assert group == [(3, 3, True)]


def test_documents_citing_one_originator_are_one_source(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    text = "Riverton shooting\n\nThree people were killed in Riverton on Friday, the county coroner said.\n"
    docs = [article(f"{n}.txt", text, publisher=f"paper{n}") for n in range(3)]
    store_articles(nlp, db, *docs)
    assert {r["status"] for r in claims(db, "measure = 'killed'")} == {"unverified"}


def test_independent_sources_that_disagree_mark_the_claims_disputed(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    docs = [
        article(
            "b.txt",
            "Riverton shooting\n\nThree people were killed in Riverton on Friday, the coroner said.\n",
        ),
        article(
            "c.txt",
            "Riverton shooting\n\nFive people were killed in Riverton on Friday, the mayor said.\n",
        ),
    ]
    store_articles(nlp, db, *docs)
    first, second = claims(db, "measure = 'killed'")
    assert any(r.startswith("disputed: c.txt gives Five") for r in first["flag_reasons"])
    assert any(r.startswith("disputed: b.txt gives Three") for r in second["flag_reasons"])


def test_review_survives_reextraction_and_shows_its_verdict(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    store_articles(nlp, db, article("a.txt", SHOOTING))
    (claim,) = claims(db, "measure = 'killed'")
    add_review(db, claim["claim_id"][:10], verdict="accurate", note="coroner confirmed",
               evidence="https://coroner.example/1", reviewer="A. Checker")  # fmt: skip
    store_articles(nlp, db, article("a.txt", SHOOTING + "More later.\n"), run_id="r2")
    (again,) = claims(db, "measure = 'killed'")
    assert again["claim_id"] == claim["claim_id"]
    assert (again["verdict"], again["reviewer"], again["flagged"]) == (
        "accurate",
        "A. Checker",
        False,
    )
    assert again["status"] == "unverified"


def test_review_of_an_unknown_claim_is_refused(tmp_path):
    db = tmp_path / "f.duckdb"
    load_reference(db, [write_csv(tmp_path / "ref.csv", DOVER.format(killed=2))])
    with pytest.raises(ReviewError, match="no stored claim"):
        add_review(db, "ffff", verdict="accurate", note="x", evidence="", reviewer="me")


def test_claimreview_export_has_the_required_fields(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    store_articles(nlp, db, article("a.txt", SHOOTING).__class__(
        doc="a.txt", text=SHOOTING, source="/news/a.txt", published="2024-03-02",
        url="https://dover-post.example/a", publisher="Dover Post"))  # fmt: skip
    (claim,) = claims(db, "measure = 'killed'")
    add_review(db, claim["claim_id"], verdict="inaccurate", note="GVA lists 3",
               evidence="https://gva.example/1", reviewer="A. Checker")  # fmt: skip
    with connect(db, read_only=True) as con:
        (review,) = build_claim_reviews(read_reviewed(con))
    json.dumps(review)
    assert review["@type"] == "ClaimReview"
    assert "Two people were killed" in review["claimReviewed"]
    assert review["reviewRating"]["alternateName"] == "inaccurate"
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["author"]["name"] == "police"
    assert review["itemReviewed"]["appearance"][0]["url"] == "https://dover-post.example/a"
    assert review["datePublished"] and review["url"] == "https://gva.example/1"


def test_seed_is_checked_against_the_shipped_reference_figures(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    load_reference(db, [ROOT / "data" / "reference"])
    seed = SEEDS / "blinken-gaza-pauses.txt"
    text = seed.read_text(encoding="utf-8")
    store_articles(nlp, db, Article(doc=seed.name, text=text, source=str(seed)))
    by_text = {c["text"]: c for c in claims(db)}
    population = by_text["2.3 million"]
    assert population["reference_id"] == "gaza-population-2023"
    assert population["status"] in ("verified", "contradicted")
    assert "UN OCHA" in " ".join(population["check_reasons"])
    toll = by_text["9,000"]
    assert toll["flagged"] and toll["status"] == "unverified"
    assert "own source" in toll["flag_reasons"][0]
    israel = by_text["over 1,400"]
    assert any(
        r.startswith("revised: Israel Ministry of Foreign Affairs gives 1,200")
        for r in israel["check_reasons"]
    )


DOVER_INJURED = (
    "dover-injured,injured,{injured},,,people,Dover,Delaware,United States,2024-03-01,2024-03-01,,"
    "State Police,https://police.example/dover,shooting at 12 Elm Street"
)
SHOT_FIVE = (
    "Shooting in Dover\n\nDOVER, Del. - Five people were shot on Elm Street on Friday, police "
    "said. One of them died at a hospital.\n"
)


@pytest.mark.parametrize(
    ("killed", "injured", "status"), [(1, 4, "verified"), (1, 3, "contradicted")]
)
def test_people_shot_are_checked_against_killed_plus_injured(
    nlp, tmp_path, killed, injured, status
):
    db = tmp_path / "f.duckdb"
    rows = (DOVER.format(killed=killed), DOVER_INJURED.format(injured=injured))
    load_reference(db, [write_csv(tmp_path / "ref.csv", *rows)])
    store_articles(nlp, db, article("a.txt", SHOT_FIVE))
    (claim,) = claims(db, "measure = 'shot'")
    assert (claim["status"], claim["reference_id"]) == (status, "dover-killed")
    assert claim["reference_value"] == killed + injured
    assert any("shot (killed and injured)" in r for r in claim["check_reasons"])


def test_people_shot_without_an_injured_record_stay_unlinked(nlp, tmp_path):
    db = tmp_path / "f.duckdb"
    load_reference(db, [write_csv(tmp_path / "ref.csv", DOVER.format(killed=5))])
    store_articles(nlp, db, article("a.txt", SHOT_FIVE))
    (claim,) = claims(db, "measure = 'shot'")
    assert (claim["status"], claim["reference_id"]) == ("unverified", None)


NAMED_VICTIM = (
    "Shooting in Dover\n\nDOVER, Del. - Eric Cole, 19, was shot and killed on Elm Street on "
    "Friday, police said.\n"
)


@pytest.mark.parametrize(
    ("killed", "status"), [(1, "verified"), (2, "verified"), (0, "contradicted")]
)
def test_an_implied_count_is_checked_as_at_least_the_people_it_names(nlp, tmp_path, killed, status):
    # one named victim of an incident that killed two is part of it, not a contradiction of it
    db = tmp_path / "f.duckdb"
    load_reference(db, [write_csv(tmp_path / "ref.csv", DOVER.format(killed=killed))])
    store_articles(nlp, db, article("a.txt", NAMED_VICTIM))
    (claim,) = claims(db, "measure = 'killed'")
    assert (claim["implied"], claim["value"], claim["status"]) == (True, 1, status)
