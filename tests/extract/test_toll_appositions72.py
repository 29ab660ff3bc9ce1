"""A phrase on "a toll" that forecasts its rise makes the counts of the dead its sentence has
just given preliminary, not hedged: "killing at least 14 people in a toll officials said was
likely to rise", "..., a toll officials expect to rise" (gold README, preliminary: "expected to
rise"; session 72). Not a part of the toll, the injured, nor a toll a forecast sizes. Invented
wire stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"
HEDGED = "hedged"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_a_toll_officials_expect_to_rise_is_preliminary_not_hedged(nlp):
    text = (
        "Quake\n\n"
        "TIRANA (Wire) - A strong earthquake struck northern Albania on Monday. At least 12 "
        "people were killed, the civil protection agency said, a toll officials expect to "
        "rise as teams reach mountain villages.\n"
    )
    caveats = _caveats(nlp, text)["At least 12"]
    assert PRELIMINARY in caveats
    assert HEDGED not in caveats


def test_in_a_toll_officials_said_was_likely_to_rise(nlp):
    text = (
        "Storm\n\n"
        "MANILA (AP) — A typhoon tore across the central Philippines on Sunday, flattening "
        "homes, snapping power lines and killing at least 21 people in a toll officials said "
        "was likely to rise as reports came in from outlying islands.\n"
    )
    assert PRELIMINARY in _caveats(nlp, text)["at least 21"]


def test_a_part_of_the_toll_and_the_injured_stay_without_it(nlp):
    text = (
        "Floods\n\n"
        "DHAKA (Wire) - Floods killed at least 30 people, including nine children, and injured "
        "45 others across the north, the agency said, a toll officials fear will rise.\n"
    )
    caveats = _caveats(nlp, text)
    assert PRELIMINARY in caveats["at least 30"]
    assert PRELIMINARY not in caveats["nine"]
    assert PRELIMINARY not in caveats["45"]


def test_a_forecast_of_sales_is_still_hedged(nlp):
    text = "Retail\n\nAnalysts expect sales to rise to $40 million next year, the firm said.\n"
    assert HEDGED in _caveats(nlp, text)["$40 million"]
