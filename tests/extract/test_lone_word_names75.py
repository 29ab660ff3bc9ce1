"""Source kinds, session 75 (wsrc75): one capitalised word the tagger reads as a person's name,
which the article never writes as a person's (after a first name or a title, beside another
name word, or described in commas), is a body's short name: named_org (tests/wire2h, wire2r
"Unicef", wirey "Kpler", wire2o "Ocha", wire2r "Indec", wire2x "Gavi" golds). A surname the
article writes in full, a titled name and a described first name stay people.

Sentences are invented.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_a_lone_body_name_read_as_a_person_is_a_body(nlp):
    text = "Unicef said 300 children had died of hunger since January."
    assert source_of(nlp, text, "300") == ("Unicef", SourceKind.NAMED_ORG)


def test_a_surname_written_in_full_before_stays_a_person(nlp):
    text = "Ana Ruiz runs the shelter. Ruiz said 40 people came on Sunday."
    assert source_of(nlp, text, "40") == ("Ruiz", SourceKind.NAMED_PERSON)


def test_a_titled_name_stays_a_person(nlp):
    text = "Mr. Okafor said 40 people came on Sunday."
    assert source_of(nlp, text, "40")[1] is SourceKind.NAMED_PERSON


def test_a_first_name_described_in_commas_stays_a_person(nlp):
    text = '"We stayed in," said Radha, a 52-year-old who lives with her son. "All 12 of us."'
    assert source_of(nlp, text, "12") == ("Radha", SourceKind.NAMED_PERSON)
