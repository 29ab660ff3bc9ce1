"""ranges26 (session 26): a range after a bound qualifier is one range; "a half-dozen" starts
at its article."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions.mentions import find_mentions
from tests.conftest import claim_mentions


@pytest.mark.parametrize(
    "text, span, high",
    [
        ("There may be as many as six to eight more victims.", "as many as six to eight", "eight"),
        ("He faces up to 10 to 15 years in prison.", "up to 10 to 15 years", "15 years"),
    ],
)
def test_a_range_after_a_bound_qualifier_is_one_range(nlp, text, span, high):
    doc = nlp(text)
    claims = {m.span(doc).text: m for m in find_mentions(doc) if m.is_claim}
    assert set(claims) == {span}
    assert claims[span].approx.value == "range"
    assert doc[slice(*claims[span].high)].text == high


@pytest.mark.parametrize(
    "text, span, approx",
    [
        ("About a half-dozen deputies searched the woods.", "About a half-dozen", "approximate"),
        ("At least a half-dozen windows were broken.", "At least a half-dozen", "lower_bound"),
    ],
)
def test_a_half_dozen_takes_its_article_and_qualifier(nlp, text, span, approx):
    assert claim_mentions(nlp, text)[span].approx.value == approx
