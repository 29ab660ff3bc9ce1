"""Another source saying "the toll was higher" (or "far lower") disputes the toll just given
(lexicon CONTESTED_SIZE_PATTERNS; gold README, disputed: someone contests the figure). Not a
comparison with another event, nor a duration beside the toll. Invented wire sentences.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_doctors_saying_the_toll_was_higher_dispute_the_official_count(nlp):
    found = _caveats(
        nlp,
        "Heat\n\nIn July 2019, a heatwave in Dorvan killed more than 900 people, according to "
        "official figures, although several nurses who worked through it have said the toll "
        "was higher.\n",
    )
    assert DISPUTED in found["more than 900"]


def test_a_government_insisting_the_toll_was_lower_disputes_the_count_not_the_days(nlp):
    found = _caveats(
        nlp,
        "Protests\n\nSecurity forces killed at least 23 protesters in two days of unrest, rights "
        "groups said on Friday, as the interior ministry insisted the toll was far lower.\n",
    )
    assert DISPUTED in found["at least 23"]
    assert DISPUTED not in found["two days"]


def test_a_toll_compared_with_another_year_is_no_dispute(nlp):
    found = _caveats(
        nlp,
        "Storm\n\nThe storm killed 45 people, the agency said. The toll was higher than in 2012, "
        "when 30 died.\n",
    )
    assert DISPUTED not in found["45"]
