"""A paragraph-opening verification note about "the figures", with no owner, reaches every
attributed figure before it; a note inside a paragraph, an owned or modified noun, and a source
checking figures keep their own readings (story_figures.py; gold README, "Caveat scope").
Invented stories.
"""

from factcheck.extract import extract_claims

UNVERIFIED = "not_independently_verified"

FLOODS = (
    "Storms kill 84 in Tarvania\n\n"
    "VELDA, May 3 (Wire) - Storms across Tarvania have killed at least 84 people and driven "
    "more than 210,000 from their homes, the National Relief Office (NRO) said on Monday.\n\n"
    "In its latest bulletin, the NRO said 940 people had been injured and 52,300 houses "
    "damaged.\n\n"
    "The Red Crescent said in a separate statement that about 600,000 people had been "
    "affected, more than half of them children.\n\n"
    "Wire could not independently verify the figures.\n\n"
    "The storms are the worst since 2011, when 35 people died.\n"
)

INSIDE = (
    "Storms kill 84 in Tarvania\n\n"
    "VELDA, May 3 (Wire) - Storms across Tarvania have killed at least 84 people, the "
    "National Relief Office said on Monday.\n\n"
    "The Red Crescent said about 600,000 people had been affected. Wire could not "
    "independently verify the figures.\n"
)

MINORITY = (
    "Prison deaths\n\n"
    "At least 420 prisoners died in custody last year, according to a report by a rights "
    "group.\n\n"
    "Members of the Kessan minority, who make up an estimated 4% of the population, accounted "
    "for about a third of the deaths, the Vardo Watch report said.\n\n"
    "Wire is unable to independently verify the figures.\n"
)

CHECKER = (
    "Clashes\n\n"
    "The militia said it had killed 40 soldiers. The army said 12 of its men died.\n\n"
    "The army could not verify the figures.\n"
)


def _caveats(nlp, text):
    return [
        (c.text, {k.kind.value for k in c.caveats})
        for c in extract_claims(nlp(text), doc_name="t").claims
    ]


def test_paragraph_note_on_the_figures_reaches_every_account_before_it(nlp):
    found = _caveats(nlp, FLOODS)
    reached = [text for text, kinds in found if UNVERIFIED in kinds]
    for text in ("at least 84", "more than 210,000", "940", "52,300", "about 600,000"):
        assert text in reached, (text, found)


def test_paragraph_note_does_not_reach_figures_after_it(nlp):
    found = dict(_caveats(nlp, FLOODS))
    assert UNVERIFIED not in found.get("35", set())


def test_note_inside_a_paragraph_keeps_the_same_source_reading(nlp):
    found = dict(_caveats(nlp, INSIDE))
    assert UNVERIFIED in found["about 600,000"]
    assert UNVERIFIED not in found["at least 84"]


def test_figure_in_a_relative_clause_is_not_one_of_the_accounts(nlp):
    found = dict(_caveats(nlp, MINORITY))
    assert UNVERIFIED in found["At least 420"]
    assert UNVERIFIED in found["about a third"]
    assert UNVERIFIED not in found["an estimated 4%"]


def test_a_source_checking_the_figures_is_no_outlet_note(nlp):
    found = dict(_caveats(nlp, CHECKER))
    assert UNVERIFIED not in found["40"]
