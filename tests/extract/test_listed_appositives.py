"""claims56 (session 56): a bare number in apposition to the list it counts ("Gwen Lee and Ann
Roe, two TV hosts") re-mentions the names just given and is no claim; a number that picks a new
set ("two other cities") or counts a casualty report's people stays a claim. Invented texts.

docs/gold-conventions.md "Re-mentions": people named one by one and re-mentioned, and a set
already listed, are not claims.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _figures(nlp, text: str) -> list[str]:
    return [c.text for c in claims_of(nlp, text) if not c.implied]


@pytest.mark.parametrize(
    "text",
    [
        "The board said nothing, and neither did Gwen Lee and Ann Roe, two TV hosts.",
        "Democrats like Tom Abel, Ned Barr and Sam Cole ― three former state cabinet big shots ― "
        "have also backed her.",
        "She drew deep support among women and veterans - two groups that have been essential.",
        "The city hired Acme and Brill, two firms from Ohio.",
    ],
)
def test_number_in_apposition_to_its_list_is_not_a_claim(nlp, text):
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He held steady in Tampa and Orlando, two other diverse cities.", "two"),
        ("Police said Tom Lee and Ann Roe, two victims of the shooting, were hospitalized.", "two"),
        ("The mayor, who met Lee and Roe, named three new aides.", "three"),
    ],
)
def test_number_that_is_not_the_lists_size_stays_a_claim(nlp, text, figure):
    assert figure in _figures(nlp, text)
