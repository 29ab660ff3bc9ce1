"""claims56 (session 56): "the 1 percent" named as a social class is an idiom, not a share;
a share measured in a poll or beside another share stays a claim. Invented texts.

Gold README: idioms are not claims; realgold30 and realgold36 write "the 1%" of a social class
as not-claims, and realgold7 keeps "from the 1 percent who preferred him".
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _figures(nlp, text: str) -> list[str]:
    return [c.text for c in claims_of(nlp, text) if not c.implied]


@pytest.mark.parametrize(
    "text",
    [
        "The senator said the economy keeps working for the 1%, and nobody else gets ahead.",
        '"We need a city hall for all of us, not just the 1 percent!" she said.',
        "Her rival spoke for the 99 percent and the unions.",
        "The tax bill is a gift to the 1 percent.",
        "It all goes to the 1%...The rest get nothing.",
    ],
)
def test_the_one_percent_as_a_social_class_is_not_a_claim(nlp, text):
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Support for the mayor rose from the 1 percent who backed him in June.", "1 percent"),
        ("Support rose to 3 percent, up from the 1 percent.", "1 percent"),
        ("Only the 1 percent of voters with degrees said yes.", "1 percent"),
        ("The council kept the 1 percent sales tax.", "1 percent"),
    ],
)
def test_a_measured_one_percent_stays_a_claim(nlp, text, figure):
    assert figure in _figures(nlp, text)
