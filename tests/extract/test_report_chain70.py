"""A rejection of a described report's figures ("rejected the projections") reaches the report's
figures before it, also when the rejecter gives its own figure after the cue in its sentence,
which is not disputed; the report's figures after the cue are left as they were
(report_chain.py; gold README, disputed). Invented stories.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"

PRISONS = (
    "Jail deaths at a record, monitor says\n\n"
    "Norland's prisons recorded at least 412 deaths in custody last year, according to a report "
    "by a Geneva-based prison monitor.\n\n"
    "The Custody Watch Network (CWN) said in its yearly report that the deaths were up from 350 "
    "a year earlier.\n\n"
    "The justice ministry rejected the figures as invented.\n\n"
    "About a third of the deaths followed beatings, the network said, and 27 of the dead were "
    "women.\n\n"
    "Rights groups say 900 inmates are on hunger strike.\n"
)

PROJECTIONS = (
    "Drought threatens millions, panel says\n\n"
    "Some 3.1 million people in Norland face severe hunger, a panel of food experts said on "
    "Monday.\n\n"
    "The Regional Hunger Monitoring Network (RHMN) said 700,000 of them were in emergency.\n\n"
    "The agriculture ministry rejected the projections, saying its food aid had reached some "
    "250,000 families in March.\n"
)


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_a_rejection_reaches_the_reports_figures_before_it_not_after(nlp):
    found = _caveats(nlp, PRISONS)
    assert DISPUTED in found["at least 412"]
    assert DISPUTED not in found["27"]
    assert DISPUTED not in found["900"]


def test_a_rejection_of_the_projections_with_its_own_figure_after_it(nlp):
    found = _caveats(nlp, PROJECTIONS)
    assert DISPUTED in found["Some 3.1 million"]
    assert DISPUTED in found["700,000"]
    assert DISPUTED not in found["some 250,000"]
