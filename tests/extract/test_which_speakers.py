"""Sources, session 67 (wsrc67a): a relative "which said" stands for the named body before it,
past a description in apposition ("the Tana Institute, a security research group, which said")
and where the parse reads the clause after "according to X," as adverbial (tests/wired,
wiree, wireg, wirem golds). A description with no name before it stays the source.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "At least 37 fishermen were still missing, according to the coast guard, which said "
            "its vessels had pulled 98 people from 12 boats.",
            "98",
            "the coast guard",
        ),
        (
            "The attacks rose, according to a tally by the Nairobi-based Tana Institute, a "
            "security research group, which said the rebels had carried out 27 bombings.",
            "27",
            "the Nairobi-based Tana Institute",
        ),
        (
            "Smugglers charge 2,000 euros per person, according to Polnet, the region's police "
            "agency, which said it had helped dismantle 19 networks.",
            "19",
            "Polnet",
        ),
    ],
)
def test_which_said_stands_for_the_named_body_before_it(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


def test_which_said_after_a_described_name_is_the_name(nlp):
    text = (
        "The rallies were called by the Freedom Front, a coalition of opposition parties and "
        "trade unions, which said more than 40,000 people marched on Monday."
    )
    assert source_of(nlp, text, "more than 40,000") == ("the Freedom Front", SourceKind.NAMED_ORG)


def test_which_said_after_an_unnamed_description_keeps_it(nlp):
    text = (
        "The march was organised by a coalition of unions, which said more than 40,000 people "
        "took part."
    )
    assert source_of(nlp, text, "more than 40,000")[0] == "a coalition of unions"
