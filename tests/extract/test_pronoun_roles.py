"""A "he" or "she" whose antecedent is a person called only by a unique role takes that role as
its source, not an anonymous pronoun (pronoun_roles.role_subject_before; session 54, src54;
gold README, "Source kinds")."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_he_after_the_president_is_the_president(nlp):
    text = "The president flew to the coast on Monday. He said 900 troops would be sent."
    assert source_of(nlp, text, "900") == ("The president", SourceKind.NAMED_PERSON)


def test_she_after_the_mayor_is_the_mayor(nlp):
    text = "The mayor toured the flooded blocks on Sunday. She told reporters 60 homes were lost."
    assert source_of(nlp, text, "60") == ("The mayor", SourceKind.NAMED_PERSON)


def test_he_after_an_unnamed_victim_stays_unresolved(nlp):
    text = "The victim walked into the clinic at noon. He said 2 men had beaten him."
    assert source_of(nlp, text, "2")[1] == SourceKind.ANONYMOUS
