"""The verification commands and `run --metadata`: one-line errors, nothing half-loaded."""

from __future__ import annotations

import json

import pytest

from factcheck.cli import main
from factcheck.errors import MetadataError
from factcheck.store import connect
from factcheck.verify.metadata import parse_metadata_csv
from tests.conftest import ROOT, SEEDS

SEED = SEEDS / "blinken-gaza-pauses.txt"


def test_bad_reference_file_is_one_line_naming_file_and_line(tmp_path, capsys):
    bad = tmp_path / "ref.csv"
    bad.write_text(
        "ref_id,measure,value,low,high,unit,place,region,country,period_start,period_end,"
        "as_of,publisher,url,note\nx,killed,3,,,people,Dover,,,2024-13-01,,,P,https://p.example,\n",
        encoding="utf-8",
    )
    db = tmp_path / "f.duckdb"
    assert main(["reference", "load", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip()
    assert (
        err
        == f"factcheck: error: {bad}:2: period_start '2024-13-01' is not an ISO date (YYYY-MM-DD)"
    )
    assert not db.exists()


def test_run_with_metadata_stores_date_url_and_publisher(tmp_path, prefect_harness):
    meta = tmp_path / "meta.csv"
    meta.write_text(
        "doc,published,url,extra\nblinken-gaza-pauses.txt,2023-11-02,https://www.timesofisrael.com/x,1\n",
        encoding="utf-8",
    )
    db = tmp_path / "f.duckdb"
    assert main(["run", str(SEED), "--metadata", str(meta), "--db", str(db)]) == 0
    with connect(db, read_only=True) as con:
        row = con.execute("SELECT published, url, publisher FROM documents").fetchone()
    assert (str(row[0]), row[1], row[2]) == (
        "2023-11-02",
        "https://www.timesofisrael.com/x",
        "www.timesofisrael.com",
    )


def test_metadata_row_for_a_file_not_read_is_an_error_naming_its_line(tmp_path, capsys):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc,published,url\nother.txt,2023-11-02,\n", encoding="utf-8")
    db = tmp_path / "f.duckdb"
    assert main(["run", str(SEED), "--metadata", str(meta), "--db", str(db)]) == 1
    assert f"{meta}:2: doc 'other.txt' is not among the articles read" in capsys.readouterr().err
    assert not db.exists()


@pytest.mark.parametrize(
    "text, problem",
    [
        ("doc,published\na.txt,2023-11-02\n", "m.csv:1: missing column(s) url"),
        (
            "doc,published,url\na.txt,2 Nov 2023,\n",
            "m.csv:2: published '2 Nov 2023' is not an ISO date",
        ),
        ("doc,published,url\na.txt,,\na.txt,,\n", "m.csv:3: doc 'a.txt' repeats line 2"),
    ],
)
def test_bad_metadata_rows_name_the_line(text, problem):
    with pytest.raises(MetadataError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        parse_metadata_csv(text, name="m.csv")


def test_review_and_claimreview_export_from_the_command_line(tmp_path, prefect_harness):
    db = tmp_path / "f.duckdb"
    assert main(["reference", "load", str(ROOT / "data" / "reference"), "--db", str(db)]) == 0
    assert main(["run", str(SEED), "--db", str(db)]) == 0
    with connect(db, read_only=True) as con:
        (claim_id,) = con.execute("SELECT claim_id FROM claims WHERE \"text\" = '9,000'").fetchone()
    args = ["review", claim_id[:12], "--verdict", "unverifiable", "--note", "ministry figures only"]
    assert main([*args, "--by", "A. Checker", "--db", str(db)]) == 0
    out = tmp_path / "reviews.jsonld"
    assert main(["export", "claimreview", "--out", str(out), "--db", str(db)]) == 0
    (review,) = json.loads(out.read_text(encoding="utf-8"))
    assert review["reviewRating"]["alternateName"] == "unverifiable"
    assert "9,000" in review["claimReviewed"]
