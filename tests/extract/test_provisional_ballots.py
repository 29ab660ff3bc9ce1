""" "Provisional ballots" name a kind of ballot, not a count that may change: no preliminary.

Gold README, preliminary: "the figure may change" ("preliminary", "initial count"); a
provisional count still is. Invented sentences.
"""

from tests.conftest import kinds_of

PRELIMINARY = "preliminary"


def test_a_count_of_provisional_ballots_is_not_preliminary(nlp):
    text = "Some 3,500 provisional ballots were cast in the county, the elections office said."
    assert PRELIMINARY not in kinds_of(nlp, text, "3,500")


def test_a_provisional_count_is_preliminary(nlp):
    text = "The provisional count showed 3,500 votes for the measure."
    assert PRELIMINARY in kinds_of(nlp, text, "3,500")
