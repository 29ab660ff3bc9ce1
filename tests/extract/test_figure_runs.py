"""A plural demonstrative ("These numbers are still provisional", "These are preliminary
figures") reaches every figure of the account just given, back through its paragraphs while
the same source speaks, not another source's figures before it nor those after it
(figure_runs.py; gold README, preliminary and "Caveat scope"). "either account" names a pair of
accounts (caveat_sides.py). Invented wire stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"
UNVERIFIED = "not_independently_verified"

FLOODS = (
    "Floods kill 140 in Ostara, agency says\n\n"
    "KELM (Wire) - Floods across Ostara have killed at least 140 people and driven more than "
    "90,000 from their homes since June, the National Relief Agency (NRA) said on Monday.\n\n"
    "In its latest report, the NRA said 2,300 people had been injured and 41,000 houses "
    "damaged.\n\n"
    '"These are preliminary figures. Our teams have not reached many villages," NRA '
    "spokeswoman Dana Kurel said. She said 60 people were still missing.\n"
)

OTHER_SOURCE = (
    "Storm\n\n"
    "The Red Cross said 3,000 families had lost their homes.\n\n"
    "The interior ministry said 45 people had been injured and 800 houses damaged.\n\n"
    '"These are preliminary figures," a ministry spokesman said.\n'
)

LIVE = (
    "Regional election - live\n\n"
    "21.10 CET\n\n"
    "The Union party has 31 seats and 40.2% of the vote, according to the electoral office. The "
    "Greens have 12 seats and 18.5%.\n\n"
    "These numbers are still provisional. Postal votes will be counted on Thursday.\n"
)

ACCOUNTS = (
    "Outbreak\n\n"
    "A health worker in the district, who asked not to be named, said at least 9 people had "
    "died in three villages. A local aid group said 30 people had died.\n\n"
    "Wire was unable to independently confirm either account.\n"
)


def _caveats(nlp, text):
    return [
        (c.text, {k.kind.value for k in c.caveats})
        for c in extract_claims(nlp(text), doc_name="t").claims
    ]


def test_these_preliminary_figures_reach_the_agencys_lede_and_report(nlp):
    found = _caveats(nlp, FLOODS)
    marked = {t for t, kinds in found if PRELIMINARY in kinds}
    assert {"at least 140", "more than 90,000", "2,300", "41,000"} <= marked
    assert "60" not in marked


def test_these_figures_stop_at_another_sources_account(nlp):
    found = dict(_caveats(nlp, OTHER_SOURCE))
    assert PRELIMINARY in found["45"]
    assert PRELIMINARY in found["800"]
    assert PRELIMINARY not in found["3,000"]


def test_these_numbers_on_a_live_page_reach_the_whole_entry(nlp):
    found = dict(_caveats(nlp, LIVE))
    for text in ("31", "40.2%", "12", "18.5%"):
        assert PRELIMINARY in found[text], text


def test_either_account_reaches_both_accounts(nlp):
    found = dict(_caveats(nlp, ACCOUNTS))
    assert UNVERIFIED in found["at least 9"]
    assert UNVERIFIED in found["30"]
