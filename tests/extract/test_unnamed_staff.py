"""anonsrc (session 43): plural staff roles are an anonymous source with the anonymous_source
caveat, whoever they work for (gold README, "Source kinds": unnamed people, "officials" ->
anonymous; docs/gold-conventions.md, "'X officials' as a source"): "Executives for X say",
"Advisers to Mr. X", "X campaign aides believe". Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import Caveat, SourceKind


def claim_of(nlp, text, figure):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c for c in claims if figure in c.text)


def anonymous_with_caveat(claim):
    return claim.source.kind is SourceKind.ANONYMOUS and any(
        m.kind == Caveat.ANONYMOUS_SOURCE for m in claim.caveats
    )


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Executives for Borland say the company will save $12 million a year with the cuts.",
            "$12 million",
            "Executives for Borland",
        ),
        (
            "Executives for Borland, which earned $9 billion last year, say the company will "
            "save $12 million a year.",
            "$12 million",
            "Executives for Borland",
        ),
        (
            "Aides to Governor Lund said the state would hire 400 teachers.",
            "400",
            "Aides to Governor Lund",
        ),
        (
            "Mrs. Pell's confidants said she raised $4 million in March.",
            "$4 million",
            "Mrs. Pell's confidants",
        ),
    ],
)
def test_staff_of_a_named_body_are_an_anonymous_source(nlp, text, figure, source):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == source
    assert anonymous_with_caveat(claim)


def test_bare_aides_opening_a_sentence_are_an_anonymous_source(nlp):
    text = "Budget\nAides said the president would speak of his two terms."
    assert anonymous_with_caveat(claim_of(nlp, text, "two"))


def test_campaign_aides_after_the_candidates_name_are_an_anonymous_source(nlp):
    text = "Pay\nPell campaign aides believe her eight years in the Senate will help."
    claim = claim_of(nlp, text, "eight years")
    assert claim.source.text == "Pell campaign aides"
    assert anonymous_with_caveat(claim)
