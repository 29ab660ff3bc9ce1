"""Preliminary cues the README's "expected to rise" and "the figure may change" cover, said in
other words: a toll "certain to rise" and a figure said to be open to change (gold README,
preliminary; session 71). Not a figure noun that names what it counts, a change with a size of
its own, nor a share "certain to increase". Invented wire stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_a_toll_certain_to_rise_reaches_the_ledes_toll(nlp):
    text = (
        "Mudslide kills at least 27 in Varna valley\n\n"
        "VARNA (Wire) - A mudslide swept through a mountain village on Monday, killing at least "
        "27 people, officials said.\n\n"
        "The regional governor, Ilse Marek, told reporters that 27 bodies had been recovered "
        'and that the toll was "certain to rise."\n'
    )
    claims = extract_claims(nlp(text), doc_name="t").claims
    tolls = [c for c in claims if c.value == 27]
    assert len(tolls) == 3  # the headline's, the lede's and the bodies
    assert all(PRELIMINARY in {k.kind.value for k in c.caveats} for c in tolls)


def test_a_figure_based_on_accounts_that_could_change(nlp):
    text = (
        "Storm\n\n"
        "Rescuers searched the coast on Sunday. Police said four fishermen were missing, though "
        "they cautioned that the figure was based on reports from families and could change.\n"
    )
    assert PRELIMINARY in _caveats(nlp, text)["four"]


def test_a_number_that_names_what_it_counts_is_no_cue_here(nlp):
    text = (
        "Ferry\n\n"
        "The ferry was licensed to carry 150 passengers, the port office said.\n\n"
        "The head of the rescue office said the number of missing could change.\n"
    )
    assert PRELIMINARY not in _caveats(nlp, text)["150"]


def test_a_change_with_a_size_is_no_cue(nlp):
    text = (
        "Arms\n\n"
        "The package would include up to 40 missiles, the officials said. A second official "
        'said the total could change "by a few hundred million dollars".\n'
    )
    assert PRELIMINARY not in _caveats(nlp, text)["up to 40"]


def test_a_share_certain_to_increase_is_no_preliminary_figure(nlp):
    text = (
        "Poll\n\n"
        "Only 45 percent of Republicans say they would be satisfied with him as the nominee. "
        "That last figure is certain to increase once he secures the nomination.\n"
    )
    assert PRELIMINARY not in _caveats(nlp, text)["45 percent"]
