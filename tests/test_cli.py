import hashlib
import json
import os
import shutil
import subprocess
import sys

import pytest

from factcheck.cli import build_parser, main
from factcheck.model import Article
from factcheck.store import run_query, save_run
from tests.conftest import GOLD, ROOT, SEEDS

SEED = SEEDS / "blinken-gaza-pauses.txt"
RECORD_FIELDS = {
    "sentence",
    "doc",
    "start",
    "end",
    "text",
    "value",
    "high",
    "approx",
    "unit",
    "subject",
    "source",
    "caveats",
    "key",
    "status",
    "flagged",
    "flag_reasons",
    "links",
}


def subcommands():
    parser = build_parser()
    return list(parser._subparsers._group_actions[0].choices.items())


@pytest.mark.parametrize(("name", "parser"), subcommands())
def test_every_command_help_ends_with_an_example(name, parser):
    assert "Example:\n  factcheck " + name in parser.format_help()


def test_extract_prints_one_json_record_per_claim(capsys):
    assert main(["extract", str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 7
    assert set(records[0]) == RECORD_FIELDS
    text = SEED.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)


def test_eval_on_the_seed_gold_is_perfect(capsys):
    assert main(["eval", str(GOLD), str(SEEDS), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["record_accuracy"] == 1.0
    assert report["false_positives"] == []
    assert report["misses"] == []


def test_eval_prints_precision_and_recall_per_field(capsys):
    assert main(["eval", str(GOLD), str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "full-record accuracy 1.00" in out
    for field in ("value", "approx", "subject", "source", "caveats"):
        assert any(line.split()[:1] == [field] for line in out.splitlines())


@pytest.fixture
def stored_db(tmp_path):
    path = tmp_path / "f.duckdb"
    article = Article(doc="a.txt", text="Police said 12 people died.", source="/a.txt")
    from factcheck.extract import extract_claims
    from factcheck.extract.pipeline import build_nlp

    claims = extract_claims(build_nlp()(article.text), doc_name="a.txt").claims
    save_run(path, "r1", paths=["a"], articles=[(article, claims)], extractor_version="v")
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: d / "missing.txt", "no such file or folder"),
        (lambda d: _write(d / "empty.txt", b""), "empty file"),
        (lambda d: _write(d / "latin1.txt", b"caf\xe9"), "not UTF-8 text"),
        (lambda d: _write(d / "bin.txt", b"\x00\x01\x02"), "binary data"),
        (lambda d: _folder(d / "none"), "folder holds no article files"),
    ],
)
def test_bad_input_is_one_line_error_and_database_unchanged(
    tmp_path, capsys, stored_db, setup, message
):
    bad = setup(tmp_path)
    before = digest(stored_db)
    assert main(["run", str(SEED), str(bad), "--db", str(stored_db)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert str(bad) in err and message in err
    assert digest(stored_db) == before


def test_bad_reference_file_is_one_line_error_naming_its_line_and_database_unchanged(
    tmp_path, capsys, stored_db
):
    header = (
        b"ref_id,measure,value,low,high,unit,place,region,country,period_start,period_end,"
        b"as_of,publisher,url,note\n"
    )
    bad = _write(tmp_path / "ref.csv", header + b"x,killed,many,,,people,Dover,,,,,,Police,,\n")
    before = digest(stored_db)
    assert main(["run", str(SEED), "--db", str(stored_db), "--reference", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and f"{bad}:2" in err
    assert digest(stored_db) == before


def test_database_path_that_cannot_be_written_is_one_line_error(tmp_path, capsys):
    blocker = _write(tmp_path / "file", b"x")
    assert main(["run", str(SEED), "--db", str(blocker / "f.duckdb")]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "cannot create its folder" in err


def test_db_path_comes_from_the_environment(monkeypatch, capsys, stored_db):
    monkeypatch.setenv("FACTCHECK_DB", str(stored_db))
    assert main(["query", "SELECT count(*) AS n FROM claims", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"n": 1}


def test_query_prints_a_table(capsys, stored_db):
    assert main(["query", 'SELECT "text", source_text FROM claims', "--db", str(stored_db)]) == 0
    out = capsys.readouterr().out
    assert "Police" in out and "(1 row)" in out


def test_query_that_writes_is_refused(capsys, stored_db):
    assert main(["query", "DELETE FROM claim_rows", "--db", str(stored_db)]) == 1
    assert "query refused or failed" in capsys.readouterr().err
    assert (
        main(["query", "SELECT count(*) FROM claims", "--db", str(stored_db), "--format", "csv"])
        == 0
    )
    assert capsys.readouterr().out.splitlines()[1] == "1"


def test_main_job_command_runs_the_flow_and_prints_flagged_claims(tmp_path):
    """The README's main job, as a user runs it: `factcheck run seeds/` in a fresh folder."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(ROOT / "prefect.toml", tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "run", "seeds/"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "7 claim(s), 7 flagged -> data/factcheck.duckdb" in result.stdout
    assert "the Hamas-run Gaza health ministry" in result.stdout
    assert (tmp_path / "data" / "factcheck.duckdb").is_file()


def _write(path, content):
    path.write_bytes(content)
    return path


def _folder(path):
    path.mkdir()
    (path / "readme.json").write_text("{}")
    return path


@pytest.mark.parametrize(
    ("sql", "refused"),
    [
        ("DROP TABLE documents", True),
        ("DELETE FROM claim_rows", True),
        ("INSERT INTO runs (run_id, started_at, paths, status) VALUES ('x', now(), [], 'x')", True),
        ('UPDATE claim_rows SET "value" = 0', True),
        ("ATTACH '/tmp/factcheck-other.duckdb' AS other", True),
        ("COPY claim_rows TO '/tmp/factcheck-out.csv'", True),
        ("INSTALL httpfs", True),
        ("LOAD httpfs", True),
        ("SET enable_external_access = true", True),
        ("SELECT 1; DROP TABLE documents", True),
        ("SELECT * FROM read_text('/etc/passwd')", True),
        # allowed, and still nothing is written: the connection is read-only
        ("CHECKPOINT", False),
        ("CREATE TEMP TABLE scratch AS SELECT 1 AS n", False),
        ("SELECT count(*) FROM claims", False),
    ],
)
def test_query_refuses_each_statement_that_writes_with_one_line(capsys, stored_db, sql, refused):
    before = digest(stored_db)
    code = main(["query", sql, "--db", str(stored_db)])
    err = capsys.readouterr().err.strip()
    assert code == (1 if refused else 0)
    if refused:
        assert len(err.splitlines()) == 1 and "query refused or failed" in err
    assert digest(stored_db) == before
    assert run_query(stored_db, "SELECT count(*) FROM claims").rows == [(1,)]


def readme_sql_statements():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in text.split("```sql")[1:]]
    return [s.strip() for block in blocks for s in block.split(";") if s.strip()]


@pytest.mark.parametrize("sql", readme_sql_statements())
def test_readme_sql_examples_run_on_the_read_only_connection(capsys, stored_db, sql):
    before = digest(stored_db)
    assert main(["query", sql, "--db", str(stored_db)]) == 0, capsys.readouterr().err
    assert digest(stored_db) == before


def test_version_flag_and_package_metadata_give_the_extractor_version(capsys):
    """`factcheck --version`, the package's pyproject version and the extractor version stored
    with each run are one number: a rule change bumps all three together."""
    import tomllib

    from factcheck import __version__

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"factcheck {__version__}"
    with (ROOT / "pyproject.toml").open("rb") as f:
        assert tomllib.load(f)["project"]["version"] == __version__


def test_extract_output_is_the_same_under_every_string_hash_seed():
    """Sets of strings iterate in an order that follows the string hash, which Python seeds
    afresh in every process: no claim or caveat may depend on it. wireb's election story names
    a party both in full and by its initials, which once picked the caveat text by hash."""
    articles = ROOT / "tests" / "wireb" / "articles"

    def extract(seed):
        result = subprocess.run(
            [sys.executable, "-m", "factcheck", "extract", str(articles)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    first = extract("1")
    assert first.count("\n") > 50
    assert extract("3") == first
