"""fp2 (session 45): a U.S. highway written with full stops ("near U.S. 27", "north on U.S.
41") is a road's name, no claim, as "US 27" and "Route 9" are (realgold19 gold: "part of a
name (U.S. 27)"); a figure after "the U.S." that counts something stays. Invented texts.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _figures(nlp, text: str) -> list[str]:
    """The claim texts of ``text``, implied counts left out (the scorer leaves them out)."""
    return [c.text for c in claims_of(nlp, text) if not c.implied]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Deputies found the car at a gas station near U.S. 27 on Monday.", "27"),
        ("The truck was heading north on U.S. 41 when it left the road.", "41"),
        ("The bodies were found in a ditch off U.S. 301 late Sunday.", "301"),
    ],
)
def test_dotted_us_highway_number_is_no_claim(nlp, text, figure):
    assert figure not in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He has visited the U.S. 3 times since the war ended.", "3 times"),
        ("Exports to the U.S. 40 percent higher than last year were reported.", "40 percent"),
    ],
)
def test_figure_after_the_us_stays_a_claim(nlp, text, figure):
    assert figure in _figures(nlp, text)
