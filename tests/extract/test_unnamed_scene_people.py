"""People quoted by what they do or are at the scene, none named: anonymous_source (session 68).

Gold README, anonymous_source ("the source is unnamed"); tests/wiree, wireo, wireg, wirem,
wirej, wirev gold (six writers). Invented sentences.
"""

import pytest

from factcheck.extract.caveats.caveat_sources import names_unnamed_people
from factcheck.model import Source, SourceKind
from tests.conftest import kinds_of

ANONYMOUS = "anonymous_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("At the central market in Tamale, a sack of maize now costs 900 cedis, traders say.",
         "900"),
        ("Dutch farmers say the deal would let in up to 80,000 tonnes of poultry a year.",
         "80,000"),
        ("One well-known blogger wrote that the brigade had lost 40 men in two days.", "40"),
        ("A 54-year-old woman said she had been detained twice since March.", "twice"),
    ],
)  # fmt: skip
def test_unnamed_people_of_the_scene_are_an_anonymous_source(nlp, text, figure):
    assert ANONYMOUS in kinds_of(nlp, text, figure)


def test_a_named_farmer_is_no_anonymous_source(nlp):
    text = "Farmer Pieter de Vries said he had lost 300 cows to the flood."
    assert ANONYMOUS not in kinds_of(nlp, text, "300")


def test_a_relative_clause_after_an_unnamed_person_leaves_the_head(nlp):
    source = Source(text="A navy rescuer who reached the wreck by boat", kind=SourceKind.ANONYMOUS)
    assert names_unnamed_people(source)
