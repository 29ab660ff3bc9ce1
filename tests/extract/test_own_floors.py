"""A source that adds "the real number is higher" to its own count does not dispute it; another
source saying so still does (own_floors.py; gold README, disputed: someone contests the figure).
Invented stories.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_the_agency_saying_the_true_number_is_higher_leaves_its_own_count(nlp):
    text = (
        "Desert crossings\n\n"
        "The Sahel Migration Observatory (SMO) said at least 58 people had died crossing the "
        "desert this year. The agency said its count relied on bodies found, and that the true "
        "number was probably higher.\n"
    )
    found = _caveats(nlp, text)
    assert DISPUTED not in found["at least 58"]


def test_it_saying_the_real_number_is_higher_leaves_its_own_count(nlp):
    text = (
        "Press deaths\n\n"
        "The press union counted 17 reporters killed in Verania this year. It said the real "
        "number was likely higher because many deaths went unreported.\n"
    )
    found = _caveats(nlp, text)
    assert DISPUTED not in found["17"]


def test_another_source_saying_the_real_number_is_higher_disputes_the_count(nlp):
    text = (
        "Fires\n\n"
        "Officials said about 900 homes had been destroyed in the region. Several local mayors "
        "said the real number was far higher.\n"
    )
    found = _caveats(nlp, text)
    assert DISPUTED in found["about 900"]
