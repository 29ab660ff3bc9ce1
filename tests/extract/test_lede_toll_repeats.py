"""A preliminary caveat on a figure that gives the lede's toll again reaches the lede's toll and
the headline's; the lede's "toll was expected to rise" reaches the toll given again as bodies;
other figures of the lede keep their own caveats (overall_tolls.py, caveats._with_lede_toll;
gold README, preliminary and "Caveat scope"). Invented stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"


def _claims(nlp, text):
    return [
        (c.text, c.start, {k.kind.value for k in c.caveats})
        for c in extract_claims(nlp(text), doc_name="t").claims
    ]


def test_a_later_caveat_on_the_toll_reaches_the_key_points_and_headlines_same_toll(nlp):
    text = (
        "Bus crash: toll rises to 27\n\n"
        "Key points\n\n"
        "- The district administration now says 27 people were killed and 60 injured\n"
        "- Rescuers are still cutting through the wreckage\n\n"
        "The death toll has risen to 27, district collector Mina Rao told reporters at the "
        "site, adding that 60 people were in hospital.\n\n"
        '"We fear the number will go up. Some passengers are still missing," she said.\n'
    )
    found = _claims(nlp, text)
    tolls = [kinds for t, _, kinds in found if t == "27"]
    assert len(tolls) == 3
    assert all(PRELIMINARY in kinds for kinds in tolls), found
    key_point_injured = next(kinds for t, start, kinds in found if t == "60")
    assert PRELIMINARY not in key_point_injured


def test_the_ledes_rising_toll_reaches_the_toll_given_as_bodies(nlp):
    text = (
        "Building collapse\n\n"
        "At least 12 people were killed when a building caved in on Monday, the city emergency "
        "agency said, warning that the toll was expected to rise.\n\n"
        '"We have brought out 12 bodies," the agency\'s director told reporters. Firefighters '
        "said they had recovered 9 bodies.\n"
    )
    found = {t: kinds for t, _, kinds in _claims(nlp, text)}
    assert PRELIMINARY in found["12"]
    assert PRELIMINARY not in found["9"]


def test_an_initial_report_called_wrong_leaves_the_confirmed_toll(nlp):
    text = (
        "1 killed, 4 wounded in bar shooting\n\n"
        "DALTON, Ga. (AP) - Police have arrested a man they say opened fire in a crowded bar, "
        "killing one person and wounding four others.\n\n"
        "The city's spokeswoman said an initial report that a second victim had died was "
        "incorrect.\n"
    )
    found = _claims(nlp, text)
    ones = [kinds for t, _, kinds in found if t in ("1", "one")]
    assert ones
    assert all(PRELIMINARY not in kinds for kinds in ones), found
