"""Sources, session 20 (`sources24`): what someone hopes, plans or wants to do is an aim, not
a figure they report; a belief or forecast still attributes.

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Lee hoped that the city's 12 new buses would cut waiting times.", "12"),
        (
            "She plans to campaign, in one way or another, for at least 40 candidates seeking "
            "local offices this fall.",
            "at least 40",
        ),
        (
            "The mayor wants to hire 300 more teachers before the next school year.",
            "300",
        ),
    ],
)
def test_an_aim_gives_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)


def test_a_forecast_still_attributes(nlp):
    text = "Lena Ortiz expects the county to save $3 billion a year from the merger."
    assert source_of(nlp, text, "$3 billion") == ("Lena Ortiz", SourceKind.NAMED_PERSON)
