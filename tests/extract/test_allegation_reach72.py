"""An allegation verb ("accuse", "charge") hedges what it charges, under "of", "with", "in",
"for" or "over"; not a price it charges, a place, a tally beside it, nor a figure in an own
adverbial clause ("as the toll rose to 31"). Invented sentences (caveat_scope.allegation;
gold README, hedged).
"""

from tests.conftest import kinds_of

HEDGED = "hedged"


def test_what_is_charged_stays_hedged(nlp):
    assert HEDGED in kinds_of(
        nlp, "The clerk was charged with stealing $8,000 from a bakery.", "8,000"
    )
    assert HEDGED in kinds_of(
        nlp, "The mayor was accused of diverting $3 million to a friend.", "3 million"
    )


def test_a_price_charged_is_not_hedged(nlp):
    text = "Ferry operators usually charge between 40 and 60 dollars per passenger, the port said."
    assert HEDGED not in kinds_of(nlp, text, "40")


def test_a_place_beside_charging_is_not_hedged(nlp):
    text = (
        "Mira Holt says she has been charging her laptop at a library, one of about 300 "
        "warm rooms the city opened this winter."
    )
    assert HEDGED not in kinds_of(nlp, text, "300")


def test_a_tally_beside_a_charge_is_not_hedged(nlp):
    text = (
        "Only three guards have been charged over the riot, out of 48 complaints the "
        "ombudsman received, the ombudsman said."
    )
    assert HEDGED not in kinds_of(nlp, text, "48")


def test_an_own_clause_after_an_accusation_is_not_hedged(nlp):
    text = (
        "The two towns accused each other on Monday of starting the brawl, as the number of "
        "people treated in hospital rose to 17."
    )
    assert HEDGED not in kinds_of(nlp, text, "17")
