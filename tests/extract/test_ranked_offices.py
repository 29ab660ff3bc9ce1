"""A role its rank word puts at the top of a body ("the chief executive", "its chief medical
officer") is a unique role, a named person, where an unranked or indefinite one is anyone
(office_roles.ranked_office; session 54, src54; gold README, "Source kinds")."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_definite_chief_executive_is_a_person(nlp):
    text = "The chief executive told staff that 120 jobs would be cut by June."
    assert source_of(nlp, text, "120") == ("The chief executive", SourceKind.NAMED_PERSON)


def test_owned_chief_officer_is_a_person(nlp):
    text = "The clinic's chief medical officer said 9 patients were treated overnight."
    assert source_of(nlp, text, "9") == (
        "The clinic's chief medical officer",
        SourceKind.NAMED_PERSON,
    )


def test_pronoun_after_a_ranked_office_takes_it(nlp):
    text = (
        "The mill's chief operating officer said 40 workers were called back. She said 12"
        " more would return in May."
    )
    assert source_of(nlp, text, "12") == (
        "The mill's chief operating officer",
        SourceKind.NAMED_PERSON,
    )


def test_indefinite_chief_executive_stays_anonymous(nlp):
    text = "A chief executive at one of the lenders said 300 loans were late."
    assert source_of(nlp, text, "300")[1] == SourceKind.ANONYMOUS
