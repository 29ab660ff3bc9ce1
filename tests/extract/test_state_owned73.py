"""A state-owned business or service is not state media (`rcav73`, session 73).

Gold README, `partisan_source`: "state media" is a party to the matter. "state-run",
"state-owned" or "state-controlled" marks a party when it describes the state's news organs
(wirev, wire2b gold), not when it describes a firm, hospital or fund speaking of its own work
(wire2t, wire2h gold give no partisan caveat). Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The state-owned Varra Mining Enterprise says output fell by about 30% this year.", "30%"),
        ("The state-run Kessa General Hospital said it had treated 14 patients.", "14"),
        (
            "Morovia's state-owned energy giant Petrolux says it has set up a $40 billion fund.",
            "$40",
        ),
        ("A state-controlled bank, Lendor, said it had lent 900 farmers money this year.", "900"),
    ],
)
def test_a_state_owned_business_or_service_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # near-misses: the state's news organs stay a party, with or without a name between
        ("The state-run Morovia News Agency said 12 soldiers were killed.", "12"),
        ("The state-run Daily Herald newspaper said 9 protesters were arrested.", "9"),
        ("The state-run Kessa Agency said 7 people were hurt in the blast.", "7"),
        ("State-owned television said 40 rebels had surrendered.", "40"),
    ],
)
def test_state_run_news_organs_stay_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)
