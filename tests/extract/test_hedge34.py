"""hedge34 (session 27): the toll of a harm someone is accused of is known, only the doer is
alleged (gold README, "hedged"; the tuning golds leave "accused of shooting a 38-year-old man",
"charged with killing a father and son", "suspected of slaying wife and son" unhedged). On
invented sentences parallel to the tuning and unannotated cases (GVA "Husband suspected of
slaying wife and son", usa-today "accused of a massacre ... that left nine dead", "charged with
murder ... the incident ... that left one person dead")."""

from __future__ import annotations

from factcheck.extract import extract_claims
from factcheck.model import Caveat


def hedged_claims(nlp, text):
    """The texts of the claims that carry the hedged caveat (full extraction)."""
    claims = extract_claims(nlp(text), doc_name="t").claims
    return [c.text for c in claims if any(m.kind == Caveat.HEDGED for m in c.caveats)]


def claim_texts(nlp, text):
    return [c.text for c in extract_claims(nlp(text), doc_name="t").claims]


def test_victims_of_a_killing_a_man_is_suspected_of_are_not_hedged(nlp):
    text = "A man suspected of killing three people was arrested on Tuesday."
    assert "three" in claim_texts(nlp, text)
    assert hedged_claims(nlp, text) == []


def test_an_implied_count_under_suspected_of_slaying_is_not_hedged(nlp):
    text = "Father suspected of slaying daughter and nephew found dead in motel"
    assert "daughter and nephew" in claim_texts(nlp, text)
    assert "daughter and nephew" not in hedged_claims(nlp, text)


def test_what_a_suspect_is_suspected_of_taking_stays_hedged(nlp):
    text = "A clerk suspected of stealing $8,000 from the store was arrested."
    assert "$8,000" in hedged_claims(nlp, text)


def test_the_toll_an_accused_attack_left_is_not_hedged(nlp):
    text = "Miller is accused of an arson attack on a downtown hotel that left six dead in 2014."
    assert "six" in claim_texts(nlp, text)
    assert hedged_claims(nlp, text) == []


def test_the_toll_of_the_incident_a_charge_relates_to_is_not_hedged(nlp):
    text = (
        "Jones, 31, will be charged with manslaughter and other charges related to the incident Friday "
        "night that left two people dead and several injured."
    )
    assert "two" in claim_texts(nlp, text)
    assert hedged_claims(nlp, text) == []


def test_a_belief_that_a_suspect_killed_people_still_hedges(nlp):
    text = "Officials suspect that four people died in the blaze."
    assert "four" in hedged_claims(nlp, text)


def test_the_people_a_charged_fire_left_hurt_are_not_hedged(nlp):
    text = "Jones was charged with arson in the fire that left three people hurt."
    assert "three" in claim_texts(nlp, text)
    assert hedged_claims(nlp, text) == []
