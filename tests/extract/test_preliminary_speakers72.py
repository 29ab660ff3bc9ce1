"""A spokesperson calls the figures an agency has just given preliminary: the agency's figures
before the cue, even when the spokesperson's own clause holds a figure of its own after the cue
("... because crews had not reached areas where mud lay up to 2 meters deep"). Gold README,
preliminary, and "Caveat scope" (the preceding figures from the same source); session 72.
Invented wire stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_a_spokesman_whose_clause_holds_a_depth_reaches_the_agencys_figures(nlp):
    text = (
        "Floods\n\n"
        "The Northern Relief Office said on Monday that 40 people had been injured and nine "
        "were still missing. Office spokesman Tom Reyes said the figures were preliminary "
        "because crews had not yet reached areas where mud lay up to 2 meters deep.\n"
    )
    caveats = _caveats(nlp, text)
    assert PRELIMINARY in caveats["40"]
    assert PRELIMINARY in caveats["nine"]
    assert PRELIMINARY not in caveats["up to 2 meters"]


def test_a_spokeswoman_whose_clause_holds_a_distance_reaches_the_agencys_count(nlp):
    text = (
        "Landslide\n\n"
        "The Provincial Rescue Agency said 12 people had been killed and 30 injured. Agency "
        "spokeswoman Mia Lund said the figures were provisional because teams could not reach "
        "homes 5 kilometers up the valley.\n"
    )
    assert PRELIMINARY in _caveats(nlp, text)["12"]


def test_a_source_that_gives_its_figures_later_still_keeps_the_cue_off_the_earlier_ones(nlp):
    text = (
        "Prices\n\n"
        "Economists had forecast that prices would rise 3 percent. The statistics office said "
        "the March numbers were subject to revision.\n\n"
        "The statistics office said prices rose 2.8 percent in March.\n"
    )
    assert PRELIMINARY not in _caveats(nlp, text)["3 percent"]
