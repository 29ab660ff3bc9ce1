"""fp2 (session 45): a station's channel number ("told 69 News", "Action News 4 reporter") is
part of a name, no claim (realgold7, realgold20 golds: "part of a name
(station)"); a figure after a network's name that counts a noun stays a claim. Invented texts.
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
        ("One neighbor told 69 News she heard two shots before midnight.", "69"),
        ("The mayor told Action News 4 reporter Dana Ruiz the road would reopen.", "4"),
        ("The victim's mother told 11 News her son was a good student.", "11"),
        ("A witness, who asked not to be named, told 12 News the car sped off.", "12"),
        ("The sheriff told Eyewitness News 7 reporter Sam Cole the boy was safe.", "7"),
    ],
)
def test_channel_number_of_a_station_is_no_claim(nlp, text, figure):
    assert figure not in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The sheriff told ABC News 15 people were hurt in the crash.", "15"),
        ("Police said 3 News crews were attacked outside the courthouse.", "3"),
        ("The station said 40 reporters covered the parade for the news.", "40"),
    ],
)
def test_count_after_a_network_name_stays_a_claim(nlp, text, figure):
    assert figure in _figures(nlp, text)
