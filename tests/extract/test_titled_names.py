"""A name written right after a title of rank or office is a person's, though the tagger reads
an unfamiliar name as an organisation (person_name_cues.titled_name_end; session 54, src54;
gold README, "Source kinds": a person named -> named_person)."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_name_after_police_chief_is_a_person(nlp):
    text = "Police Chief Ana Ruiz said officers answered 31 calls on the holiday."
    assert source_of(nlp, text, "31") == ("Police Chief Ana Ruiz", SourceKind.NAMED_PERSON)


def test_name_after_mayor_is_a_person(nlp):
    text = "In a statement, Mayor Jan Reyes said the town had 14 break-ins in two weeks."
    assert source_of(nlp, text, "14") == ("Mayor Jan Reyes", SourceKind.NAMED_PERSON)


def test_surname_after_a_bare_title_is_a_person(nlp):
    text = "In a Facebook post, Chief Ruiz wrote that 2 officers were hurt."
    assert source_of(nlp, text, "2") == ("Chief Ruiz", SourceKind.NAMED_PERSON)


def test_quoted_speaker_with_a_title_is_a_person(nlp):
    text = '"We towed 70 cars off the bridge," Chief Ana Ruiz said. "We reopened it by noon."'
    assert source_of(nlp, text, "70") == ("Chief Ana Ruiz", SourceKind.NAMED_PERSON)


def test_body_named_after_a_title_stays_an_organisation(nlp):
    text = "The Mayor Ruiz Foundation said it gave out 300 turkeys on Saturday."
    assert source_of(nlp, text, "300")[1] == SourceKind.NAMED_ORG
