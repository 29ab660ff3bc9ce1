"""A dispute that names one figure ("rejected that figure", "the UN figure") reaches the figure
its sentence reports, not the level it is set against nor the places it counts in; a tally of a
vote keeps its shares (singular_disputes.py; gold README, "Caveat scope"). Invented stories.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"

GUARDS = (
    "Festival crush\n\n"
    "A senior officer, who asked not to be named, said only about 800 guards had been posted at "
    "the fairground on Saturday, against nearly 1,500 at last year's festival. The regional "
    "police chief rejected that figure on Sunday, saying more than 1,700 officers were on duty.\n"
)

VILLAGES = (
    "Massacre verdict\n\n"
    "Prosecutors told the court that more than 250 people died in the raids on the Kamsa "
    "district and three nearby villages. Defence lawyers rejected that number as inflated.\n"
)

TALLY = (
    "Vote count\n\n"
    "Opposition leader Ana Perel said her party's monitors had recorded her winning 51 percent "
    "against 44 percent for the president. The election board dismissed the opposition tally "
    "as fiction.\n"
)

PLURAL = (
    "Workforce\n\n"
    "Two people familiar with the plans said the insurer would cut about 900 jobs, or 6 percent "
    "of its staff. The insurer rejected the figures.\n"
)


def _caveats(nlp, text):
    return [
        (c.text, {k.kind.value for k in c.caveats})
        for c in extract_claims(nlp(text), doc_name="t").claims
    ]


def test_that_figure_is_the_reported_count_not_last_years_level(nlp):
    found = dict(_caveats(nlp, GUARDS))
    assert DISPUTED in found["about 800"]
    assert DISPUTED not in found["nearly 1,500"]


def test_that_number_is_the_toll_not_the_villages_it_counts_in(nlp):
    found = dict(_caveats(nlp, VILLAGES))
    assert DISPUTED in found["more than 250"]
    assert DISPUTED not in found["three"]


def test_a_dismissed_tally_keeps_both_shares_of_the_vote(nlp):
    found = dict(_caveats(nlp, TALLY))
    assert DISPUTED in found["51 percent"]
    assert DISPUTED in found["44 percent"]


def test_rejected_figures_in_the_plural_keep_every_figure(nlp):
    found = dict(_caveats(nlp, PLURAL))
    assert DISPUTED in found["about 900"]
    assert DISPUTED in found["6 percent"]
