"""A count or a poll that places a party "on" a share ("has GERB on 25.9%", "puts the Liberals
on about 8%") reports it, as "put ... at" does; "on" with no name placed, or a party's own
"has 31 seats", reports nothing."""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

COUNT = (
    "With 38.2% of ballots counted, the Central Electoral Board (CEB) has KNP on 27.4%, the "
    "liberal DVA alliance on 15.1% and the agrarian Zora party on 12.9%."
)
POLL = "Ipsos, for Channel 4, has Labour on 31% and Reform on 9%. It puts the Liberals on about 8%."


@pytest.mark.parametrize("figure", ["38.2%", "27.4%", "15.1%", "12.9%"])
def test_a_count_that_has_a_party_on_a_share_is_its_source(nlp, figure):
    assert source_of(nlp, COUNT, figure) == ("the Central Electoral Board", SourceKind.NAMED_ORG)


@pytest.mark.parametrize("figure", ["31%", "9%", "about 8%"])
def test_a_pollster_that_has_or_puts_a_party_on_a_share_is_its_source(nlp, figure):
    assert source_of(nlp, POLL, figure) == ("Ipsos", SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The bank put pressure on 3% of its borrowers.", "3%"),
        ("Labour has 31 seats and 40% of the vote.", "40%"),
    ],
)
def test_on_with_no_party_placed_and_a_partys_own_share_have_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)
