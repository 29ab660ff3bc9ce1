"""A verification caveat naming one figure in the singular ("that figure", "that number")
reaches the figure just reported, not the share beside it nor another sentence's figures of a
source sharing a word; a plural keeps them all (one_verified_figure.py; gold README, "Caveat
scope"). Invented stories.
"""

from factcheck.extract import extract_claims

NIV = "not_independently_verified"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_that_figure_leaves_the_share_given_beside_it(nlp):
    text = (
        "Crossings\n\n"
        "A coast guard officer, who asked not to be named, said patrols had stopped about "
        "7,200 boats since March, roughly one in four of all attempts. Wire could not "
        "independently verify that figure.\n"
    )
    found = _caveats(nlp, text)
    assert NIV in found["about 7,200"]
    assert NIV not in found["roughly one in four"]


def test_that_number_leaves_the_earlier_sentence_of_a_source_sharing_a_word(nlp):
    text = (
        "Protests\n\n"
        "Mbeya General Hospital said it had received 38 people with gunshot wounds since "
        "Monday.\n\n"
        "A nurse at the hospital, who asked not to be named, said the morgue had taken in at "
        "least 11 bodies by Tuesday night. Wire could not confirm that number.\n"
    )
    found = _caveats(nlp, text)
    assert NIV in found["at least 11"]
    assert NIV not in found["38"]


def test_the_figures_in_the_plural_keep_the_share(nlp):
    text = (
        "Crossings\n\n"
        "A coast guard officer, who asked not to be named, said patrols had stopped about "
        "7,200 boats since March, roughly one in four of all attempts. Wire could not "
        "independently verify the figures.\n"
    )
    found = _caveats(nlp, text)
    assert NIV in found["about 7,200"]
    assert NIV in found["roughly one in four"]
