"""Source kinds, session 75 (wsrc75): a party's or a force's collective noun ("the
opposition", "the alliance", "the paramilitary", "the corps") and a body's two-word name whose
head alone names none ("the coast guard", "City hall", "think tank", "the army's media wing")
are institutions, named_org (gold README, "Source kinds"; every such wire and tests/corpus gold
source is named_org). A guard alone stays a person.

Sentences are invented.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_the_coast_guard_is_a_body(nlp):
    text = "The coast guard said 79 people had been rescued off the island."
    assert source_of(nlp, text, "79") == ("The coast guard", SourceKind.NAMED_ORG)


def test_city_hall_without_a_determiner_is_a_body(nlp):
    text = "City hall said 3,000 homes had been sprayed against mosquitoes."
    assert source_of(nlp, text, "3,000") == ("City hall", SourceKind.NAMED_ORG)


def test_the_opposition_is_a_body(nlp):
    text = "The opposition says at least 40 of its members were arrested."
    assert source_of(nlp, text, "40") == ("The opposition", SourceKind.NAMED_ORG)


def test_a_forces_media_wing_is_a_body(nlp):
    text = "The army's media wing said 12 militants were killed in the raid."
    assert source_of(nlp, text, "12") == ("The army's media wing", SourceKind.NAMED_ORG)


def test_a_security_guard_stays_a_person(nlp):
    text = "A security guard said 40 people ran out of the building."
    assert source_of(nlp, text, "40")[1] is SourceKind.ANONYMOUS
