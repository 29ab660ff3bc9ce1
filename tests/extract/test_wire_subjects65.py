"""Subjects on international wire copy, session 65 (tests/wired .. wireg with wirea, wireb and
tests/corpus): constructions that recur across sets written by different writers. Invented
sentences (gold README, "subject")."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _claims(nlp, text: str) -> dict[str, object]:
    return {claim.text: claim for claim in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        (
            "The lender held 55 trillion dong in customer deposits at the end of March.",
            "55 trillion dong",
            "deposits",
        ),
        (
            "The ministry said it would release 40 million soles ($11 million) in emergency funds.",
            "40 million soles",
            "funds",
        ),
        (
            "Traders said the price of a sack of flour had risen to 900,000 leones from "
            "about 700,000 leones before the strike.",
            "900,000 leones",
            "price",
        ),
        (
            "A court jailed the developer for embezzling 150 trillion dong from the bank.",
            "150 trillion dong",
            "embezzling",
        ),
    ],
)
def test_dong_soles_and_leones_are_the_unit_not_the_subject(nlp, text, figure, word):
    subject = _claims(nlp, text)[figure].subject
    assert word in subject.split()
    assert not {"dong", "soles", "leones"} & set(subject.split())


def test_an_acronym_before_a_currency_is_part_of_the_unit(nlp):
    claims = _claims(
        nlp, "The government said it had released 2.5 billion CFA francs to repair the roads."
    )
    assert "2.5 billion CFA francs" in claims
    assert "francs" not in claims["2.5 billion CFA francs"].subject


def test_a_count_before_an_acronym_and_a_plain_noun_keeps_its_noun(nlp):
    # near miss: no currency after the acronym
    claims = _claims(nlp, "The agency said 300 UN trucks had crossed the border.")
    assert "trucks" in claims["300"].subject


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        (
            "Aid workers said the true figure for the past month was closer to 12,000.",
            "closer to 12,000",
            "figure",
        ),
        (
            "An official said the toll could be as high as 80, because many were buried.",
            "as high as 80",
            "toll",
        ),
        (
            "An official said bad loans at the lender could be as high as 30 trillion dong.",
            "as high as 30 trillion dong",
            "loans",
        ),
    ],
)
def test_a_figure_set_beside_the_copula_subject_measures_that_subject(nlp, text, figure, word):
    assert word in _claims(nlp, text)[figure].subject.split()


def test_it_closer_to_a_figure_stands_for_the_count_before(nlp):
    claims = _claims(
        nlp,
        "The owner says 320 people were working that night. Our members say it was closer to "
        "500, because the mill was busy.",
    )
    assert "people" in claims["closer to 500"].subject.split()


def test_they_with_a_singular_antecedent_still_does_not_agree(nlp):
    # near miss: the agreement check stays for a plain complement
    claims = _claims(nlp, "The turnout was high on Sunday. They were 48 percent.")
    assert "turnout" not in claims["48 percent"].subject


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            '"This is the biggest march of farmers and teachers in a decade," said a union leader.',
            "a decade",
            {"biggest", "march"},
        ),
        (
            "The cyclone was the strongest to hit the western coast in nine years, forecasters "
            "said.",
            "nine years",
            {"strongest", "cyclone"},
        ),
        (
            "The flood was the first to reach the town this year and the worst to hit the "
            "valley in 40 years, officials said.",
            "40 years",
            {"worst", "flood"},
        ),
        (
            "That is the highest at that hour in at least 25 years.",
            "at least 25 years",
            {"highest"},
        ),
    ],
)
def test_a_span_after_a_record_is_named_by_the_record(nlp, text, figure, words):
    assert words <= set(_claims(nlp, text)[figure].subject.split())


def test_a_span_a_plain_doing_hangs_on_keeps_the_doing(nlp):
    # near miss: no record, the doing in the span stays its subject
    subject = _claims(nlp, "The factory built 40,000 cars in six months.")["six months"].subject
    assert "built" in subject.split()


@pytest.mark.parametrize(
    ("text", "figure", "phrase"),
    [
        (
            "A monitoring group put the number killed in the market at 27.",
            "27",
            "number killed",
        ),
        ("The total raised by the appeal was $4 million.", "$4 million", "total raised"),
    ],
)
def test_a_count_with_a_participle_and_no_of_is_named_with_the_participle(
    nlp, text, figure, phrase
):
    assert phrase in _claims(nlp, text)[figure].subject


def test_a_count_with_an_of_object_keeps_the_object(nlp):
    # near miss: "the number of X" is named by X, as before
    subject = _claims(nlp, "The agency put the number of displaced families at 9,000.")["9,000"]
    assert "families" in subject.subject


@pytest.mark.parametrize(
    "text",
    [
        "The governor ordered an inquiry and announced compensation of 300,000 rupees for the "
        "family of each person killed and 40,000 rupees for each of the injured.",
        "The ministry announced compensation of 200,000 naira for each family that lost a home "
        "and 50,000 naira for each of the injured, a spokesman said.",
    ],
)
def test_a_second_sum_after_and_shares_the_noun_of_the_first(nlp, text):
    claims = list(claims_of(nlp, text))
    assert len(claims) == 2
    assert "compensation" in claims[1].subject.split()


def test_a_second_sum_after_a_sum_of_no_noun_keeps_its_own_verb(nlp):
    # near miss: the sum before is the verb's object, not a noun's "of" sum
    claims = _claims(nlp, "The firm paid $300 to each worker and gave $50 to each intern.")
    assert "payment" not in claims["$50"].subject


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        (
            '"Who believes a clerk who drew a public salary for 12 years is a millionaire?"',
            "12 years",
            "salary",
        ),
        (
            "Southern Spain has been gripped by drought for more than a decade, scientists say.",
            "more than a decade",
            "drought",
        ),
        (
            "The strain, which had been largely absent from Chile for more than a decade, left "
            "many people exposed.",
            "more than a decade",
            "absent",
        ),
    ],
)
def test_a_duration_names_what_lasted_beside_its_verb(nlp, text, figure, word):
    assert word in _claims(nlp, text)[figure].subject.split()


def test_a_duration_keeps_its_doer_and_verb_in_order(nlp):
    # near miss: the object follows, the run "rebels held" stays whole
    subject = _claims(nlp, "The rebels held the town for six weeks.")["six weeks"].subject
    assert "rebels held" in subject


def test_a_name_on_a_share_is_its_vote(nlp):
    claims = _claims(
        nlp,
        "The party said tallies from its own agents showed Banda on 51.2% and Phiri on 43.9%.",
    )
    assert claims["51.2%"].subject == "Banda vote"
    assert claims["43.9%"].subject == "Phiri vote"


def test_a_name_on_a_share_in_a_poll_is_not_a_vote(nlp):
    # near miss: a poll's share is support, not a vote
    claims = _claims(nlp, "A new poll shows Banda on 44% and Phiri on 41%.")
    assert "vote" not in claims["44%"].subject


@pytest.mark.parametrize(
    ("text", "figure", "phrase"),
    [
        ("With 81.5% of ballots counted, the party has 41 seats.", "81.5%", "ballots counted"),
        ("Here is where the race stands, with 97.3% of the vote counted.", "97.3%", "vote counted"),
    ],
)
def test_a_share_in_an_absolute_with_clause_keeps_its_participle(nlp, text, figure, phrase):
    assert phrase in _claims(nlp, text)[figure].subject


def test_a_share_with_a_participle_outside_a_with_clause_keeps_its_noun(nlp):
    # near miss: no absolute clause. Since session 74 (rsubj74) a participle right after a
    # share's "of" noun joins it ("voters polled"); the noun stays the head.
    subject = _claims(nlp, "More than half of voters polled said they were undecided.")
    assert subject["More than half"].subject.split()[0] == "voters"


def test_a_noun_after_a_comma_is_no_object_of_the_duration(nlp):
    # near miss (audit 2): an absolute phrase the parse reads as the verb's object
    subject = _claims(nlp, "The children played for nearly an hour, wide grins on their faces.")
    assert "grins" not in subject["nearly an hour"].subject


def test_a_span_in_which_a_count_was_recorded_keeps_the_doing(nlp):
    # near miss: an "in" span is no duration; its doing and object stay, not who did it
    claims = _claims(
        nlp, "He said the agency had recorded 2,310 suspected measles cases in the past four weeks."
    )
    assert "cases" in claims["four weeks"].subject.split()


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "She said roughly half of those carried in were women and children.",
            "roughly half",
            {"women", "children"},
        ),
        (
            "Nearly 40 percent of it was commercial pine and eucalyptus plantation, the agency "
            "said.",
            "Nearly 40 percent",
            {"plantation"},
        ),
    ],
)
def test_a_share_of_a_whole_names_what_its_copula_says_the_part_is(nlp, text, figure, words):
    assert words <= set(_claims(nlp, text)[figure].subject.split())


def test_a_share_of_a_whole_in_a_place_keeps_the_whole(nlp):
    # near miss: a place is no group of those counted
    assert _claims(nlp, "40% of the respondents were in Ohio.")["40%"].subject == "respondents"


def test_a_negated_copula_keeps_its_negation_with_the_complement(nlp):
    # audit 3: "not familiar", not "familiar"
    subject = _claims(nlp, "Almost 30 percent of Republican voters are not familiar with Lee.")
    assert "not familiar" in subject["Almost 30 percent"].subject
