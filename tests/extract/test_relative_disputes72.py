"""A present-tense dispute verb in a relative clause on a figure (", a figure the ministry
disputes", ", a number the army rejects") disputes that figure as the past tense does, though
the parse reads the verb as a plural noun (caveat_cues.py; gold README, disputed). The plural
noun elsewhere ("border disputes", "the rejects") still disputes nothing. Invented stories.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"

DISPUTES = (
    "Drought in the south\n\n"
    "Farmers' groups say more than 3,500 wells have run dry since March, a figure the water "
    "ministry disputes.\n"
)

REJECTS = (
    "Border clash\n\n"
    "The rebels said they had killed 45 soldiers in the raid, a number the army rejects as "
    "propaganda.\n"
)

QUARRELS = (
    "Trade row\n\n"
    "The two neighbours have settled 14 border disputes since 2010, the foreign ministry said.\n"
)


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_a_figure_the_ministry_disputes_is_disputed(nlp):
    assert DISPUTED in _caveats(nlp, DISPUTES)["more than 3,500"]


def test_a_number_the_army_rejects_is_disputed(nlp):
    assert DISPUTED in _caveats(nlp, REJECTS)["45"]


def test_border_disputes_in_the_plural_dispute_no_count(nlp):
    assert DISPUTED not in _caveats(nlp, QUARRELS)["14"]
