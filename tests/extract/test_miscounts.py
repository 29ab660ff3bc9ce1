"""A source said to miscount ("accused the ministry of undercounting", "accused them of
inflating it", "the analysts had exaggerated the problem") disputes that source's figures, not
the figures of the accuser's sentence; "an undercount" names no miscounter (miscounts.py; gold
README, disputed). Invented stories.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_accused_of_undercounting_disputes_the_accused_sources_counts(nlp):
    text = (
        "Teachers march\n\n"
        "The education ministry says 3,200 teachers marched in Varna on Monday. The teachers' "
        "federation says 11,000 took part. Federation leaders have accused the ministry of "
        "undercounting for years.\n"
    )
    found = _caveats(nlp, text)
    assert DISPUTED in found["3,200"]


def test_accused_them_of_inflating_it_disputes_the_toll_of_its_sentence(nlp):
    text = (
        "Protests\n\n"
        "LUANDA, May 2 (Wire) - Police killed at least 22 people during three days of "
        "protests, rights groups said on Friday, as the government accused them of inflating "
        "it.\n"
    )
    found = _caveats(nlp, text)
    assert DISPUTED in found["at least 22"]
    assert DISPUTED not in found.get("three days", set())


def test_exaggerated_by_a_factor_disputes_the_researchers_estimate_not_the_factor(nlp):
    text = (
        "Cold deaths\n\n"
        "Cold weather killed an estimated 4,300 people in Mongolia last winter, according to "
        "new research.\n\n"
        'An official at the health ministry told Wire the researchers had "exaggerated the '
        'problem by a factor of three".\n'
    )
    found = _caveats(nlp, text)
    assert DISPUTED in found["an estimated 4,300"]
    assert DISPUTED not in found.get("three", set())


def test_an_undercount_names_no_miscounter(nlp):
    text = (
        "Heat\n\n"
        "The agency says heat kills 12,000 people a year, a figure it says is probably an "
        "undercount.\n"
    )
    assert DISPUTED not in _caveats(nlp, text)["12,000"]
