"""Sources, session 75 (wsrc75): the place an office belongs to, written before the office and
the name, stays in the source text when the tagger names no place there (docs/gold-conventions.md,
"Titles and roles before names in source text": a role without a comma stays; tests/wire2g,
wire2k and wire2u golds keep "Zonguldak Governor", "Odesa regional governor", "Enga Provincial
Administrator"). A title that is no office of a place is not touched.

Sentences are invented.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_place_before_a_capitalised_governor_stays(nlp):
    text = "Varnak Governor Ayla Demirci said late on Monday that rescuers had recovered 23 bodies."
    assert source_of(nlp, text, "23") == ("Varnak Governor Ayla Demirci", SourceKind.NAMED_PERSON)


def test_place_before_a_provincial_administrator_stays(nlp):
    text = "Torra Provincial Administrator Paul Wena said on Sunday that 31 bodies had been found."
    assert source_of(nlp, text, "31") == (
        "Torra Provincial Administrator Paul Wena",
        SourceKind.NAMED_PERSON,
    )


def test_place_read_as_adjective_before_regional_governor_stays(nlp):
    text = (
        "Three people were hurt when a drone hit a house in Odesa region, "
        "Odesa regional governor Ivan Marko says on Telegram."
    )
    assert source_of(nlp, text, "Three") == (
        "Odesa regional governor Ivan Marko",
        SourceKind.NAMED_PERSON,
    )


def test_a_party_adjective_before_a_role_is_left_out(nlp):
    text = "Republican presidential candidate Tom Ruiz said 40 people came to the rally."
    assert source_of(nlp, text, "40") == ("Tom Ruiz", SourceKind.NAMED_PERSON)
