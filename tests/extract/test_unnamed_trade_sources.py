"""src54b (session 54): people named only by their trade are an unnamed source and take the
anonymous_source caveat: "Economists said", "an engineer said" (gold README, anonymous_source:
"the source is unnamed"). A trade with a pointing word ("the engineer", "Moody's economists")
may be someone the article named, and is left alone. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.caveats.unnamed_trades import names_an_unnamed_tradesperson
from factcheck.model import Caveat, SourceKind
from tests.conftest import claim_named


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Economists said the plan would cost 40,000 jobs.", "40,000"),
        ("An engineer said the bridge could carry 12 tons.", "12"),
        ("Scientists said the glacier lost 40 percent of its mass.", "40"),
        ("A nurse said 15 patients were moved to another ward.", "15"),
    ],
)
def test_a_trade_with_no_name_is_an_anonymous_source(nlp, text, figure):
    claim = claim_named(nlp, text, figure)
    assert claim.source.kind is SourceKind.ANONYMOUS
    assert any(m.kind == Caveat.ANONYMOUS_SOURCE for m in claim.caveats)


@pytest.mark.parametrize(
    ("phrase", "unnamed"),
    [
        ("Economists at the bank", True),
        ("Some researchers", True),
        ("the engineer", False),
        ("Moody's economists", False),
        ("more than the 180,000 economists", False),
        ("Engineer Lee", False),
    ],
)
def test_only_a_bare_or_indefinite_trade_is_unnamed(phrase, unnamed):
    assert names_an_unnamed_tradesperson(phrase.split()) is unnamed
