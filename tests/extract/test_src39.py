"""src39 (session 31): a reporting verb the parse reads as a plural noun after a name. Invented
sentences parallel to the real ones."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import Caveat, SourceKind
from tests.conftest import source_of


# A reporting verb the parse reads as a plural noun after a name: "Trump estimates that he
# spent ..." (realgold10 gold "Trump"), "Wealth-X tallies 585 ..." and "which the Tax Foundation
# estimates would cost ..." (PolNeAR golds "Wealth-X", "the Tax Foundation"): the name is the
# source, not "Trump estimates" nor the sentence's first speaker.
@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Jo Trump filed on Friday. Trump estimates that she spent between $4 million and "
            "$5 million to date for her campaign.",
            "$4 million",
            ("Trump", SourceKind.NAMED_PERSON),
        ),
        (
            "Forbes and Acme-Z say the city has more shops; Acme-Z tallies 585 in the city to "
            "the suburbs' 260.",
            "585",
            ("Acme-Z", SourceKind.NAMED_ORG),
        ),
        (
            "Hurun and Wealth-X disagree; Wealth-X tallies 585 in China.",
            "585",
            ("Wealth-X", SourceKind.NAMED_ORG),
        ),
        (
            "The plan, which the Tax Policy Center estimates would cost as much as $90 billion "
            "a year, is stalled.",
            "$90 billion",
            ("the Tax Policy Center", SourceKind.NAMED_ORG),
        ),
    ],
)
def test_reporting_verb_read_as_a_noun_after_a_name_gives_the_name(nlp, text, figure, expected):
    assert source_of(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # another verb follows: the plural is a noun, the reports are the source
        (
            "Acme reports show the chain made $100 million last year.",
            "$100 million",
            "Acme reports",
        ),
        # an owned claim is a noun
        ("Mr. Lee's claims that 40 died were false.", "40", "Mr. Lee's claims"),
    ],
)
def test_plural_reporting_noun_that_is_a_noun_stays_the_source(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


def test_hedging_verb_read_as_a_noun_still_hedges_the_figure(nlp):
    text = (
        "Jo Trump filed on Friday. Trump estimates that she spent between $4 million and "
        "$5 million to date for her campaign."
    )
    claims = extract_claims(nlp(text), doc_name="t.txt").claims
    claim = next(c for c in claims if "$4 million" in c.text)
    assert Caveat.HEDGED in {m.kind for m in claim.caveats}
