"""Subjects on international wire copy, session 68 (wsubj68). Invented sentences."""

from __future__ import annotations

from tests.conftest import claims_of


def _subjects(nlp, text: str) -> dict[str, str]:
    return {claim.text: claim.subject for claim in claims_of(nlp, text)}


def test_a_share_whose_whole_has_a_compound_noun_counts_that_noun(nlp):
    # "four of its six spending targets": the targets, not the figure before
    text = (
        "The storm destroyed 40 bags of rice on Monday.\n\n"
        "In its review the fund said Ruritania had met four of its six spending targets for "
        "March.\n\n"
        "The commission said the figures came from 1,512 of the country's 1,990 polling "
        "stations.\n\n"
        "The agency has warned that 131 of the country's 602 local government areas face a "
        "high risk of drought."
    )
    subjects = _subjects(nlp, text)
    assert subjects["four of its six"] == "spending targets"
    assert subjects["1,512 of the country's 1,990"] == "polling stations"
    assert subjects["131 of the country's 602"] == "local government areas"


def test_a_share_with_a_misread_verb_and_no_other_still_counts_the_figure_before(nlp):
    # near miss: "12 of the 19 hold secrets" has no verb but the misread "hold"
    text = (
        "The storm destroyed 40 bags of rice on Monday.\n\nOf the panel, 12 of the 19 hold secrets."
    )
    assert _subjects(nlp, text)["12 of the 19"] == "bags"


def test_a_superlative_names_the_figure_it_completes(nlp):
    # "the youngest of the freed sailors was 20 and the oldest 64": nothing else names them
    subjects = _subjects(
        nlp, "A spokesman said the youngest of the freed sailors was 20 and the oldest 64."
    )
    assert subjects["20"] == "youngest"
    assert subjects["64"] == "oldest"


def test_a_quantifying_most_names_no_figure(nlp):
    # near miss: "most" quantifies a group, it picks out no member
    assert _subjects(nlp, "Most were 20.").get("20", "") != "most"


def test_a_percentage_of_gdp_measures_the_clauses_thing(nlp):
    # "the deficit will be 5.2% of gross domestic product ... compared with the 4.8%"
    subjects = _subjects(
        nlp,
        "The overall budget deficit will be 5.2% of gross domestic product in the fiscal year, "
        "the minister said, compared with the 4.8% projected in October.",
    )
    assert subjects["5.2%"] == "overall budget deficit"
    assert subjects["4.8%"] == "overall budget deficit"


def test_a_percentage_of_gdp_moved_by_a_verb_measures_its_object_or_subject(nlp):
    subjects = _subjects(
        nlp,
        "The ministry said government revenue rose to 11.7% of gross domestic product last "
        "year, from 9.1% in 2023.\n\nThe government wants to raise military spending to 4% "
        "of GDP by 2031.",
    )
    assert subjects["11.7%"] == "government revenue"
    # the compared figure keeps its own time (session 73, subjects/compared_times.py)
    assert subjects["9.1%"] == "government revenue 2023"
    assert subjects["4%"] == "military spending"


def test_a_share_of_a_population_keeps_its_whole(nlp):
    # near miss: "40% of voters" counts the voters, a whole that is no denominator
    assert _subjects(nlp, "The survey found that 40% of voters backed the plan.")["40%"] == "voters"


def test_money_paid_to_the_family_of_the_dead_is_compensation(nlp):
    subjects = _subjects(
        nlp,
        "The transport ministry says it will pay 2 million rupees ($23,600) to the families of "
        "each of those killed and 300,000 rupees to the seriously injured.",
    )
    assert "compensation" in subjects["2 million rupees"].split()
    assert "compensation" in subjects["$23,600"].split()
    assert "compensation" in subjects["300,000 rupees"].split()


def test_money_paid_to_workers_families_as_a_bonus_is_no_compensation(nlp):
    # near miss: the families of workers who did not die
    subjects = _subjects(
        nlp, "The company will pay 4,000 pesos to the families of its workers as a bonus."
    )
    assert "compensation" not in subjects["4,000 pesos"].split()


def test_a_bare_count_a_headline_verb_of_justice_takes_is_those_it_acts_on(nlp):
    assert _subjects(nlp, "Ruritania court jails 52 over alleged coup links")["52"] == "jailed"
    assert _subjects(nlp, "Dutch prosecutors charge 11 in tennis betting probe")["11"] == "charged"


def test_a_rate_a_verb_of_charging_takes_keeps_its_own_subject(nlp):
    # near miss: "charges 3 percent" is a rate, not those charged
    assert _subjects(nlp, "The bank charges 3 percent on loans.")["3 percent"] != "charged"
