"""A body count given "so far" while the search goes on, and a figure said not to be final, are
preliminary; a count "so far this year" is a count to a date (lexicon PRELIMINARY_PATTERNS;
gold README, preliminary: "initial count", "the figure may change"). Invented stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_bodies_recovered_so_far_are_preliminary(nlp):
    text = (
        "Bus plunges into gorge\n\n"
        '"We have pulled out 12 bodies so far," Arun Mehra, a fire officer in Kullu, told '
        'reporters. "The search will go on through the night."\n'
    )
    assert PRELIMINARY in _caveats(nlp, text)["12"]


def test_so_far_before_the_count_is_preliminary(nlp):
    text = (
        "Mine collapse\n\n"
        "So far, rescuers have recovered 9 bodies from the shaft, the mining ministry said.\n"
    )
    assert PRELIMINARY in _caveats(nlp, text)["9"]


def test_killed_so_far_this_year_is_no_preliminary(nlp):
    text = (
        "City violence\n\n"
        "More than 310 people have been killed so far this year, the police department said.\n"
    )
    assert PRELIMINARY not in _caveats(nlp, text)["More than 310"]


def test_a_figure_said_not_to_be_final_is_preliminary(nlp):
    text = (
        "Landslide\n\n"
        'Police at the site put the number of dead at 17. "The figure is not final," an '
        "officer said.\n"
    )
    assert PRELIMINARY in _caveats(nlp, text)["17"]


def test_a_final_figure_is_no_preliminary(nlp):
    text = (
        "Landslide\n\n"
        "Police at the site put the number of dead at 17. The final figure was given on "
        "Tuesday, an officer said.\n"
    )
    assert PRELIMINARY not in _caveats(nlp, text)["17"]
