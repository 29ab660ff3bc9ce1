"""An estimate framed with "have ... at" gives its figure a source: "Wealth-X has it at $4.2
billion" as "Forbes puts it at $4.5 billion" does (has_at_reports.py; gold README "Source kinds":
an organisation or poll that gives the figure). A "have" of a time, a place or a stay is an act,
and gives no source. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claim_named

ORG = "named_org"
ANON = "anonymous"


@pytest.mark.parametrize(
    ("text", "figure", "source", "kind"),
    [
        (
            "Harlow lists his wealth at $6.1 billion, Fenwick says it is $3.5 billion and "
            "Marlin Data has it at $3.2 billion.",
            "$3.2 billion",
            "Marlin Data",
            ORG,
        ),
        (
            "The health ministry has the death toll at 53, up from 40 on Monday.",
            "53",
            "The health ministry",
            ORG,
        ),
        ("Bloomberg has his fortune at about $3 billion.", "about $3 billion", "Bloomberg", ORG),
        (
            "Most analysts have the deficit at $1.2 trillion this year.",
            "$1.2 trillion",
            "Most analysts",
            ANON,
        ),
        (
            "The agency had the count at 1,200 at the end of the year.",
            "1,200",
            "The agency",
            ORG,
        ),
    ],
)
def test_have_at_a_figure_gives_its_source(nlp, text, figure, source, kind):
    claim = claim_named(nlp, text, figure)
    assert claim is not None
    assert (claim.source.text, claim.source.kind.value) == (source, kind)


def test_have_at_keeps_its_figure_and_acts_stay_unsourced(nlp):
    """The estimate is the source of its own figure only, not of its sibling's; "had dinner
    at 7 p.m." or "an office at 45 Main Street" is no estimate."""
    cases = [
        (
            "Fenwick Research says it is $4.5 billion and Kestrel Analytics has it at "
            "$3.1 billion.",
            {"$4.5 billion": "Fenwick Research", "$3.1 billion": "Kestrel Analytics"},
        ),
        (
            "Fenwick Research says it is $4.5 billion, while Kestrel Analytics has it at "
            "$3.1 billion.",
            {"$4.5 billion": "Fenwick Research", "$3.1 billion": "Kestrel Analytics"},
        ),
        ("The campaign had dinner at 7 p.m. with 30 donors.", {"30": ""}),
        ("The company has an office at 45 Main Street with 200 workers.", {"200": ""}),
        ("Police had him at the station for 12 hours.", {"12 hours": ""}),
    ]
    for text, sources in cases:
        for figure, source in sources.items():
            claim = claim_named(nlp, text, figure)
            assert claim is not None
            assert claim.source.text == source, (text, figure)
