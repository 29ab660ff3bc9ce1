"""A rejection of "the findings" / "the figures" with no owner disputes the figures of the
report the article leads with, under the lede's description and the next paragraph's name, not
another source's figures just before it; a lede that names its source keeps the other readings
(report_chain.py; gold README, disputed and "Caveat scope"). Invented stories.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"

FAMINE = (
    "Hunger spreads to three more districts, experts warn\n\n"
    "Hunger has spread to three more districts of Norland, a panel of food security experts "
    "has said.\n\n"
    "The Regional Hunger Monitoring Network (RHMN), the main food monitor, said on Monday "
    "that conditions had worsened in the north.\n\n"
    "It said that 4.1 million people faced acute food insecurity.\n\n"
    "Local volunteers said 57 children had died in the camps. The government rejected the "
    "findings.\n"
)

NAMED_LEDE = (
    "Floods\n\n"
    "Floods killed 40 people, the National Relief Office said on Monday.\n\n"
    "The Red Crescent said 9,000 people were homeless. The opposition rejected the figures.\n"
)


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_rejected_findings_reach_the_reports_figures_under_each_name(nlp):
    found = _caveats(nlp, FAMINE)
    assert DISPUTED in found["4.1 million"]
    assert DISPUTED not in found["57"]


def test_a_named_lede_keeps_the_nearest_reading(nlp):
    found = _caveats(nlp, NAMED_LEDE)
    assert DISPUTED not in found["40"]
