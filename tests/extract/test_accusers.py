"""Sources, session 62 (src62): the subject of an active accusation ("accused ... of", "charged
... with") gives the figures of what it charges ("Ottawa has accused Moscow of hacking 14 million
records", realgold33's shape; "Dover police charged Lee with 2 counts", realgold4's); a
passive accusation names no accuser, and those charged are not the accuser's report (gold
README "Source").

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source", "kind"),
    [
        (
            "Monroe accused Hayes of taking $2 million from lobbyists.",
            "$2 million",
            "Monroe",
            SourceKind.NAMED_PERSON,
        ),
        (
            "Prosecutors accused Dale of stealing $40,000 from the charity.",
            "$40,000",
            "Prosecutors",
            SourceKind.NAMED_ORG,
        ),
        (
            "Dover police charged Lee with 2 counts of capital murder.",
            "2",
            "Dover police",
            SourceKind.NAMED_ORG,
        ),
    ],
)
def test_accuser_gives_the_figures_of_the_charge(nlp, text, figure, source, kind):
    assert source_of(nlp, text, figure) == (source, kind)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Dale was accused of stealing $40,000 from the charity.", "$40,000"),
        ("Lee was charged with 2 counts of capital murder.", "2"),
        ("Police charged 3 men in the robbery.", "3"),
    ],
)
def test_passive_accusation_and_those_charged_have_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)
