"""Shared fixtures: the real spaCy pipeline, a blank one, an in-memory store, a Prefect harness."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import spacy
from spacy.language import Language

from factcheck.extract.doctext import span_text
from factcheck.extract.mentions.mentions import Mention, find_mentions
from factcheck.extract.pipeline import build_nlp
from factcheck.store import migrate

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = SEEDS / "gold"
# The seed and the development corpus: the articles the same-answer tests of fast paths walk.
DEV_ARTICLES = sorted([*SEEDS.glob("*.txt"), *(ROOT / "tests/corpus/articles").glob("*.txt")])


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real pipeline (en_core_web_sm) with the factcheck component, loaded once."""
    return build_nlp()


@pytest.fixture
def blank_nlp() -> Language:
    return spacy.blank("en")


@pytest.fixture
def db() -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated in-memory DuckDB store."""
    con = duckdb.connect(":memory:")
    migrate(con)
    yield con
    con.close()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A temporary Prefect API and database for flow tests, entered once per session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def mention_texts(nlp: Language, text: str, *, claims: bool = True) -> list[str]:
    """The mention texts of ``text`` as written: claims, or (claims=False) the not-claims."""
    doc = nlp(text)
    return [span_text(m.span(doc)) for m in find_mentions(doc) if m.is_claim == claims]


def claim_mentions(nlp: Language, text: str) -> dict[str, Mention]:
    """The claim mentions of ``text`` by their text."""
    doc = nlp(text)
    return {span_text(m.span(doc)): m for m in find_mentions(doc) if m.is_claim}


def find_mention(nlp: Language, text: str, figure: str) -> tuple[spacy.tokens.Doc, Mention]:
    """Parse ``text`` and return the claim mention whose text contains ``figure``."""
    doc = nlp(text)
    for mention in find_mentions(doc):
        if mention.is_claim and figure in span_text(mention.span(doc)):
            return doc, mention
    raise AssertionError(f"no claim mention containing {figure!r} in {text!r}")


def source_of(nlp: Language, text: str, figure: str) -> tuple[str, object]:
    """The source text and kind that ``find_source`` gives the claim containing ``figure``."""
    from factcheck.extract.sources.attribution import find_source

    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    return found.text, found.kind


def claims_of(nlp: Language, text: str) -> list:
    """The claims ``extract_claims`` gives one text (full extraction)."""
    from factcheck.extract import extract_claims

    return extract_claims(nlp(text), doc_name="t.txt", text=text).claims


def preliminary_of(nlp: Language, text: str) -> dict[str, bool]:
    """Whether each extracted claim (by its text) carries the preliminary caveat."""
    from factcheck.model import Caveat

    return {
        c.text: any(m.kind is Caveat.PRELIMINARY for m in c.caveats) for c in claims_of(nlp, text)
    }


def claim_kinds(nlp: Language, text: str) -> dict[str, set]:
    """Each explicit claim's text mapped to the set of its caveat kinds (full extraction)."""
    from factcheck.extract import extract_claims

    claims = extract_claims(nlp(text), doc_name="t").claims
    return {c.text: {m.kind for m in c.caveats} for c in claims if not c.implied}


def kinds_of(nlp: Language, text: str, figure: str) -> set[str]:
    """The caveat kinds of the first extracted claim whose text contains ``figure``."""
    from factcheck.extract import extract_claims

    claim = next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)
    return {c.kind.value for c in claim.caveats}


def claim_named(nlp: Language, text: str, figure: str):
    """The claim whose text is ``figure``, else the first that holds it, else None."""
    claims = claims_of(nlp, text)
    return next((c for c in claims if c.text == figure), None) or next(
        (c for c in claims if figure in c.text), None
    )


def share_of_sources_right(nlp: Language, rows: list[tuple[str, str, str, str]]) -> float:
    """The share of (passage, figure, source text, source kind) rows whose figure the
    extractor gives that source text and kind: the challenge sets' measure."""
    right = 0
    for text, figure, source, kind in rows:
        claim = claim_named(nlp, text, figure)
        right += claim is not None and (claim.source.text, claim.source.kind.value) == (
            source,
            kind,
        )
    return right / len(rows)


def claim_texts(nlp: Language, text: str) -> list[str]:
    """The texts of the claims ``extract_claims`` gives one text."""
    return [c.text for c in claims_of(nlp, text)]


def hedged_texts(nlp: Language, text: str) -> list[str]:
    """The texts of the claims that carry the hedged caveat (full extraction)."""
    from factcheck.model import Caveat

    return [c.text for c in claims_of(nlp, text) if any(m.kind == Caveat.HEDGED for m in c.caveats)]


def subject_of(nlp: Language, text: str, figure: str) -> str:
    """The subject ``extract_claims`` gives the claim whose text is ``figure``."""
    return next(c.subject for c in claims_of(nlp, text) if c.text == figure)


def implied_counts(nlp: Language, text: str) -> list[tuple[str, str, int]]:
    """The implied counts (text, measure, value) ``find_implied_counts`` reads in ``text``."""
    from factcheck.extract.implied.implied import find_implied_counts

    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


def later_implied_counts(nlp: Language, intro: str, clause: str) -> list[tuple[str, str, int]]:
    """The implied counts (text, measure, value) found in ``clause`` read after ``intro``: what a
    further mention of someone the intro counts adds."""
    from factcheck.extract.implied.implied import find_implied_counts

    return [
        (c.text, c.measure, c.value)
        for c in find_implied_counts(nlp(intro + clause))
        if c.start >= len(intro)
    ]


@pytest.fixture
def site():
    """A real local HTTP server; add routes to ``site.routes``."""
    from tests.http_fixture import LocalSite, start_site, stop_site

    local = LocalSite()
    server, thread = start_site(local)
    yield local
    stop_site(server, thread)
