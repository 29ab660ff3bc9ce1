"""A surname the article first wrote after an age or a first name is a person's, though the
tagger reads it as an organisation (person_name_cues.py; session 45, src3)."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_surname_introduced_after_an_age_is_a_person(nlp):
    text = (
        "Home from the hospital, 40-year-old Freida Tiggs said coming home is hard."
        ' "They fired 12 shots at the house," Tiggs said.'
    )
    assert source_of(nlp, text, "12") == ("Tiggs", SourceKind.NAMED_PERSON)
