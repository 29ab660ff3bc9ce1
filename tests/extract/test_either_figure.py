"""A caveat on "either figure" / "neither figure" reaches one figure of each of the two
accounts, the first each gives, not the rest of the first account; "both tallies" keeps every
count of the two (caveat_sides._lead_figures; gold README, "Caveat scope"). Invented stories.
"""

from factcheck.extract import extract_claims

UNVERIFIED = "not_independently_verified"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_either_figure_is_each_accounts_lead_figure(nlp):
    text = (
        "Crackdown\n\n"
        "The Human Rights Council of Norland said 27 people had been killed and 140 injured in "
        "12 of the country's 30 provinces. It said 350 people had been arrested.\n\n"
        "Watchlist Norland put the death toll higher, at 35. Wire could not independently "
        "verify either figure.\n"
    )
    found = _caveats(nlp, text)
    assert UNVERIFIED in found["27"]
    assert UNVERIFIED in found["35"]
    for text_ in ("140", "350"):
        assert UNVERIFIED not in found[text_], text_


def test_neither_figure_skips_a_span_of_time(nlp):
    text = (
        "Talks\n\n"
        "One diplomat said the government would free about 600 detainees, while the rebels "
        "would hand over some 320 soldiers.\n\n"
        "An African envoy put the number held by the government at closer to 900, many of "
        "them held for more than a year.\n\n"
        "Neither figure could be verified by Wire.\n"
    )
    found = _caveats(nlp, text)
    assert UNVERIFIED in found["about 600"]
    assert UNVERIFIED in found["closer to 900"]
    assert UNVERIFIED not in found["some 320"]
