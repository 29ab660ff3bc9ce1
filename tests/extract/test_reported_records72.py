""" "reported" with an object of its own, or as a participle on what was reported, attributes or
records: no hedge ("Bihar reported 31 deaths, and Odisha reported 13"; "roadblocks reported at
96 points"). Hearsay still hedges: "were reported killed", "a reported $1.2 million",
"reportedly" (caveat_hedges._is_attribution_verb; gold README, hedged). Invented sentences.
"""

from tests.conftest import kinds_of

HEDGED = "hedged"


def test_a_second_report_with_its_own_object_is_not_hedged(nlp):
    text = "The district office reported 31 deaths, and neighboring Assam and Odisha together reported 12."
    assert HEDGED not in kinds_of(nlp, text, "12")


def test_a_participle_on_what_was_reported_is_not_hedged(nlp):
    text = "Quito airport closed for a second day; protests reported at 35 points nationwide"
    assert HEDGED not in kinds_of(nlp, text, "35")


def test_reported_killed_stays_hedged(nlp):
    assert HEDGED in kinds_of(nlp, "Four miners were reported killed in the collapse.", "Four")


def test_a_reported_amount_stays_hedged(nlp):
    text = "The striker joined the club for a reported $30 million last summer."
    assert HEDGED in kinds_of(nlp, text, "30 million")
