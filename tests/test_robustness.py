"""Bad input never crashes a run: odd text in the extractor, bad files and feeds at the edges,
and through the flow and the CLI.

Kept elsewhere, not repeated here: empty, binary and non-UTF-8 files and the 50 MB file in
read_article (test_io.py); the same through `factcheck run` (test_cli.py); an empty and a
binary file in a flow run (test_flows.py); an HTML page with no article and a broken feed in
a flow run (test_sources.py).
"""

from __future__ import annotations

import hashlib
import shutil
import time
from datetime import datetime

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from factcheck.cli import main
from factcheck.config import MAX_ARTICLE_BYTES
from factcheck.errors import ArticleError, FeedError
from factcheck.extract import extract_article, extract_claims
from factcheck.extract.mentions.quantities import FigureParseError, find_unit_word, parse_figure
from factcheck.extract.pipeline import parse_text, resolve_model_name
from factcheck.model import Article
from factcheck.sources.feeds import parse_feed
from factcheck.sources.fetch import Fetched
from factcheck.sources.web import article_from_response
from factcheck.store import connect, save_run
from flows.extract_claims import extract_claims_flow
from tests.conftest import SEEDS
from tests.fuzzing import check_extraction
from tests.http_fixture import Route, feed_xml, seed_as_html
from tests.store.test_locks import one_article

SEED = SEEDS / "blinken-gaza-pauses.txt"
TEN_THOUSAND_DIGITS = "Police said " + "7" * 10_000 + " people were hurt.\n"
MENU_HTML = b"<html><body><nav>Home | World | Live 24/7</nav></body></html>"


def long_sentence(min_chars: int = 20_000) -> str:
    """One sentence of more than ``min_chars`` characters, no full stop, a figure every tenth
    clause."""
    clauses, n = [], 0
    while sum(len(c) + 2 for c in clauses) < min_chars:
        n += 1
        clauses.append(
            f"and in district {n} officials counted {n * 7} damaged homes"
            if n % 10 == 0
            else "residents of the northern valley reported flooding"
        )
    return "Officials said " + ", ".join(clauses) + "\n"


def read(nlp, text):
    return extract_article(nlp, Article(doc="odd.txt", text=text, source="/odd.txt"))


# --- the extractor over odd text ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("1234 5678, 99.9% -- 12/12/12 ... 4.5.6 $$$ 7 (8) [9]; 0,0,0 +-*/ %%%\n" * 40, None),
        ("Police said " + "9" * 400 + " people died.", []),  # over a float's range
        (long_sentence(), [str(7 * n) for n in range(10, 310, 10)]),
        ("x" * 30_000, []),  # one 30,000-character word
        (" \n\t\r\n" * 2000, []),
        ("\u202e\u200b\ufeff\x07\x1b[31m \U0001f600 \ud7ff \ufffd\n", []),
        ("Police said 12 people were killed.", ["12"]),  # and ordinary text still works
    ],
    ids=[
        "digits-punctuation",
        "400-digits",
        "long-sentence",
        "long-word",
        "whitespace",
        "controls",
        "plain",
    ],
)
def test_odd_text_gives_well_formed_claims(nlp, text, claims):
    extraction = read(nlp, text)
    check_extraction(text, extraction)
    if claims is not None:
        assert [c.text for c in extraction.claims][: len(claims) or None] == claims


def test_number_too_large_for_a_float_is_an_unparsed_not_claim(nlp):
    extraction = read(nlp, "Police said " + "9" * 400 + " people died.")
    assert extraction.claims == []
    (failure,) = extraction.parse_failures
    assert failure.text == "9" * 400
    assert (
        failure.why.startswith("unparsed: figure '9999") and "too large to represent" in failure.why
    )
    assert len(failure.why) < 120  # the figure is not repeated in full


def test_ten_thousand_digit_number_is_not_a_claim(nlp):
    extraction = read(nlp, TEN_THOUSAND_DIGITS)
    check_extraction(TEN_THOUSAND_DIGITS, extraction)
    assert extraction.claims == []


@pytest.mark.parametrize(
    "text",
    ["9" * 10_000, "9" * 1_000 + " km", "US$" + "9" * 400 + " million", "9" * 309],
)
def test_figure_too_large_for_a_float_is_refused_quickly(text):
    started = time.monotonic()
    with pytest.raises(FigureParseError, match="too large to represent"):
        parse_figure(text)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$" + "9" * 200 + " million", 1e206, "USD"),  # large but finite: kept
        ("1234567890123456 km", 1234567890123456, "kilometre"),
        ("1." + "9" * 500 + " tonnes", 2.0, "tonne"),  # long but small
        ("12 km", 12, "kilometre"),
    ],
)
def test_long_digit_runs_keep_their_unit_without_stalling_quantulum(text, value, unit):
    # quantulum3 alone takes ~45 s on a 400-digit run (cubic); it now sees "1" instead.
    started = time.monotonic()
    figure = parse_figure(text)
    assert figure.value == pytest.approx(value) and figure.unit == unit
    assert find_unit_word("9" * 1000) is False
    assert time.monotonic() - started < 5


# --- articles near the 2,000,000-byte cap --------------------------------------------------


def test_article_over_a_million_characters_is_extracted(nlp):
    # spaCy refuses texts over nlp.max_length (1,000,000 by default); the cap is 2,000,000.
    text = (
        "Police said 12 people died.\n\n" + " " * 1_100_000 + "\n\nOfficials said 15 were hurt.\n"
    )
    assert nlp.max_length >= MAX_ARTICLE_BYTES
    extraction = read(nlp, text)
    assert [(c.text, text[c.start : c.end]) for c in extraction.claims] == [
        ("12", "12"),
        ("15", "15"),
    ]


def test_article_parsed_in_pieces_gives_the_claims_of_one_piece(nlp):
    text = SEED.read_text(encoding="utf-8")
    whole = extract_article(nlp, Article(doc="seed", text=text, source="/seed"))
    doc = parse_text(nlp, text, piece_chars=2_000)
    assert doc.text == text
    assert extract_claims(doc, doc_name="seed") == whole


@pytest.mark.parametrize(
    "text",
    [
        "First paragraph.\n\nSecond one.\r\n\r\nThird, with CRLF.\n \nFourth.",
        "one line with no blank lines, only spaces " * 20,
        "hard\nwrapped\nlines\n" * 20,
        "x" * 500,  # nowhere to cut: cut anyway
        "short",
    ],
)
def test_pieces_join_back_into_exactly_the_text(blank_nlp, text):
    doc = parse_text(blank_nlp, text, piece_chars=40)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


# --- files, pages and feeds at the edges ------------------------------------------------


def fetched(body: bytes, content_type: str) -> Fetched:
    return Fetched(
        url="https://example.org/a",
        final_url="https://example.org/a",
        status=200,
        content_type=content_type,
        body=body,
        fetched_at=datetime(2024, 1, 1),
    )


@pytest.mark.parametrize(
    ("content_type", "body", "message"),
    [
        ("image/png", b"\x89PNG\r\n\x1a\n", "content type 'image/png' is not an article"),
        ("text/html", b"", "empty body"),
        ("text/plain", b"Police\x00said", "binary data"),
        ("text/plain", b"caf\xe9 au lait", "not UTF-8 text (byte 0xe9 at offset 3)"),
        ("text/plain; charset=x-bogus", b"Police said 12.", "unknown charset 'x-bogus'"),
        ("text/html", MENU_HTML, "HTML holds no article text"),
        ("text/html", b"<div>" * 100_000 + b"Police said 12." + b"</div>" * 100_000, "no article"),
        ("text/html", b"<<<>>><p<<p>>>&&&;;;&#xffffffff;&#0;", "no article"),
        ("text/plain; charset=iso-8859-1", b"Police said 12 people died at the caf\xe9.", None),
    ],
)
def test_page_that_is_not_an_article_is_refused_with_a_reason(content_type, body, message):
    if message is None:
        article = article_from_response(fetched(body, content_type))
        assert article.text.endswith("caf\u00e9.")
        return
    with pytest.raises(ArticleError, match="https://example.org/a: ") as info:
        article_from_response(fetched(body, content_type))
    assert message in str(info.value) and len(str(info.value).splitlines()) == 1


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"items": [1, 2]}',
        bytes(range(256)) * 8,
        b"<html><body>hi</body></html>",
        b"1234567890" * 100,
    ],
    ids=["empty", "json", "binary", "html", "digits"],
)
def test_feed_that_is_not_xml_is_refused_with_a_reason(content):
    with pytest.raises(FeedError, match="https://example.org/feed: not an RSS or Atom feed"):
        parse_feed(content, feed_url="https://example.org/feed")


def test_feed_entities_are_neither_expanded_nor_read_from_files(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    laughs = "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(2, 10)
    )  # a billion "lol"s if expanded
    feed = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol1 "lol">'
        f'{laughs}<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>&lol9;</title>'
        "<item><title>&xxe;</title><link>https://example.org/a</link></item></channel></rss>"
    )
    (entry,) = parse_feed(feed.encode(), feed_url="https://example.org/feed")
    assert entry.url == "https://example.org/a"
    assert "TOPSECRET" not in (entry.title or "")
    assert len(entry.title or "") < 1000


# --- through the flow (lenient) and the CLI (strict) ---------------------------------------


def sparse(path, size):
    with path.open("wb") as handle:
        handle.truncate(size)  # nothing written, nothing to read
    return path


@pytest.fixture
def bad_inbox(tmp_path):
    """The seed, text of digits and punctuation, and every kind of bad file."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SEED, inbox / "seed.txt")
    (inbox / "digits.txt").write_text("1234 5678, 99.9% -- 12/12/12 ... $$$ 7 (8)\n" * 40)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (inbox / "latin1.txt").write_bytes(b"caf\xe9 au lait")
    sparse(inbox / "huge.txt", 50 * 1024 * 1024)
    (inbox / "menu.html").write_bytes(MENU_HTML)
    (inbox / "digits10k.txt").write_text(TEN_THOUSAND_DIGITS)
    return inbox


def test_flow_records_each_bad_file_and_stores_the_rest(prefect_harness, bad_inbox, tmp_path):
    db = tmp_path / "f.duckdb"
    report = extract_claims_flow(paths=[str(bad_inbox)], db=str(db))
    with connect(db, read_only=True) as con:
        stored = {row[0] for row in con.execute("SELECT doc FROM documents").fetchall()}
        reasons = dict(con.execute("SELECT source, reason FROM source_failures").fetchall())
    assert {"seed.txt", "digits.txt"} <= stored
    expected = {
        "empty.txt": "empty file",
        "binary.txt": "binary data",
        "latin1.txt": "not UTF-8 text",
        "huge.txt": "over the 2000000-byte article limit",
        "menu.html": "HTML holds no article text",
    }
    for name, message in expected.items():
        reason = reasons[str(bad_inbox / name)]
        assert str(bad_inbox / name) in reason and message in reason
    # A 10,000-digit number is an unparsed not-claim, and its article is stored.
    assert "digits10k.txt" in stored
    assert report.n_claims >= 7


@pytest.fixture
def stored_db(tmp_path):
    path = tmp_path / "f.duckdb"
    save_run(path, "r0", paths=["a"], articles=[one_article("a")], extractor_version="v")
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("name", "write", "message"),
    [
        ("huge.txt", lambda p: sparse(p, 50 * 1024 * 1024), "over the 2000000-byte article limit"),
        ("menu.html", lambda p: p.write_bytes(MENU_HTML), "HTML holds no article text"),
    ],
)
def test_bad_file_stops_the_cli_run_quickly_with_one_line(
    tmp_path, capsys, stored_db, name, write, message
):
    bad = tmp_path / name
    write(bad)
    before = digest(stored_db)
    started = time.monotonic()
    assert main(["run", str(SEED), str(bad), "--db", str(stored_db)]) == 1
    assert time.monotonic() - started < 10  # refused before any parsing
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(bad) in err and message in err
    assert digest(stored_db) == before


# No input is known to make the extractor raise any more; a model with one more component
# stands in for such a bug, to show what the flow and the CLI then do.
CRASH_MARKER = "FACTCHECK-TEST-CRASH"


@Language.component("factcheck_test_crash")
def crash_on_marker(doc: Doc) -> Doc:
    """An extractor bug: raises on any text that holds the marker."""
    if CRASH_MARKER in doc.text:
        raise ValueError(f"test extractor bug on {CRASH_MARKER}")
    return doc


@pytest.fixture(scope="session")
def crashing_model(tmp_path_factory):
    """The installed model plus ``factcheck_test_crash``, saved as a model folder."""
    nlp = spacy.load(resolve_model_name())
    nlp.add_pipe("factcheck_test_crash", last=True)
    path = tmp_path_factory.mktemp("models") / "crashing"
    nlp.to_disk(path)
    return str(path)


def test_article_the_extractor_fails_on_is_one_failed_source(
    prefect_harness, crashing_model, tmp_path
):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SEED, inbox / "seed.txt")
    (inbox / "crash.txt").write_text(f"Police said 12 people died. {CRASH_MARKER}\n")
    db = tmp_path / "f.duckdb"
    report = extract_claims_flow(paths=[str(inbox)], db=str(db), model=crashing_model)
    assert (report.n_changed, report.n_claims, report.n_failed) == (1, 7, 1)
    with connect(db, read_only=True) as con:
        [(source, reason)] = con.execute("SELECT source, reason FROM source_failures").fetchall()
    crash = str((inbox / "crash.txt").resolve())
    assert source == crash
    assert (
        reason
        == f"{crash}: cannot extract claims: ValueError: test extractor bug on {CRASH_MARKER}"
    )


def test_feed_entry_the_extractor_failed_on_is_read_again(
    prefect_harness, crashing_model, site, monkeypatch, tmp_path
):
    monkeypatch.setenv("FACTCHECK_ALLOW_PRIVATE_HOSTS", "1")
    site.routes["/a.html"] = Route(seed_as_html().encode())
    site.routes["/crash.txt"] = Route(
        f"Police said 12 people died. {CRASH_MARKER}".encode(), content_type="text/plain"
    )
    site.routes["/feed.xml"] = Route(
        feed_xml(site.base, ["/a.html", "/crash.txt"]).encode(), content_type="application/rss+xml"
    )
    db = tmp_path / "f.duckdb"
    first = extract_claims_flow(feeds=[site.base + "/feed.xml"], db=str(db), model=crashing_model)
    second = extract_claims_flow(feeds=[site.base + "/feed.xml"], db=str(db))
    assert (first.n_changed, first.n_failed) == (1, 1)
    assert (second.n_changed, second.n_failed) == (1, 0)  # only the failed entry, again
    assert (site.hits["/a.html"], site.hits["/crash.txt"]) == (1, 2)


def test_article_the_extractor_fails_on_stops_the_cli_run_with_one_line(
    prefect_harness, crashing_model, tmp_path, capsys, stored_db
):
    bad = tmp_path / "crash.txt"
    bad.write_text(f"Police said 12 people died. {CRASH_MARKER}\n")
    before = digest(stored_db)
    code = main(["run", str(SEED), str(bad), "--db", str(stored_db), "--model", crashing_model])
    # The run had started (its "in process" line and progress came first); the error is one line.
    *notes, err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert all(line.startswith("factcheck: ") for line in notes) and "Traceback" not in str(notes)
    assert err.startswith("factcheck: error: ")
    assert str(bad.resolve()) in err and "cannot extract claims: ValueError" in err
    assert digest(stored_db) == before
