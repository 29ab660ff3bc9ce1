"""A caveat calling "the figures" preliminary in the sentence that gives a source's last figures
reaches that source's account: the sentence's figures before it and the same source's figures
in the paragraphs before, not another body's figures nor figures no body gives (figure_runs.
named_account_figures; gold README, preliminary and "Caveat scope"). Invented wire stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"

OUTBREAK = (
    "Cholera spreads in Dorva camps\n\n"
    "DORVA (Wire) - The health ministry said clinics had recorded 2,140 suspected cases in "
    "the camps by Sunday and 380 in the town. At least 27 people have died, it said, adding "
    "that the figures were preliminary.\n"
)

TWO_BODIES = (
    "Quake\n\n"
    "The seismology bureau said the quake had a magnitude of 6.2 and struck at a depth of 14 "
    "kilometers.\n\n"
    "The civil protection agency said eight people had died. It said 96 people were injured "
    "and 240 homes damaged, figures it described as preliminary.\n"
)

TOWN = (
    "Floods\n\n"
    "Kessel, a town of some 9,000 people, lies on the river.\n\n"
    "The county council said 31 homes were flooded and 12 roads closed, describing the figures "
    "as provisional.\n"
)


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_the_figures_reach_the_sources_earlier_sentence(nlp):
    found = _caveats(nlp, OUTBREAK)
    assert PRELIMINARY in found["2,140"]
    assert PRELIMINARY in found["380"]
    assert PRELIMINARY in found["At least 27"]


def test_figures_it_described_as_preliminary_reach_its_earlier_toll(nlp):
    found = _caveats(nlp, TWO_BODIES)
    assert PRELIMINARY in found["eight"]
    assert PRELIMINARY in found["96"]


def test_the_figures_stop_at_another_bodys_account(nlp):
    found = _caveats(nlp, TWO_BODIES)
    assert PRELIMINARY not in found["6.2"]


def test_the_figures_do_not_reach_a_figure_no_body_gives(nlp):
    found = _caveats(nlp, TOWN)
    assert PRELIMINARY not in found["some 9,000"]
    assert PRELIMINARY in found["31"]
