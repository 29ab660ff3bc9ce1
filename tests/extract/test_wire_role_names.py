"""Wire copy's named sources: a spokesperson named after a comma is cited by the name, and a short
name defined in brackets after a body's name is that body (tests/wired, wiref). A spokesperson's
role written before the name is kept with it, as the conventions' "Titles and roles" and six wire
golds write it (session 66, source_extent)."""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_a_spokesperson_after_a_comma_is_left_out_of_the_name(nlp):
    # near-miss: "Name, a spokesman" is an apposition after the name, left out (conventions)
    text = "Lina Ostrova, a spokeswoman for the agency, said 340 families had reached the camp."
    assert source_of(nlp, text, "340") == ("Lina Ostrova", SourceKind.NAMED_PERSON)


def test_a_short_name_defined_after_a_body_is_the_body(nlp):
    text = (
        "The National Maritime Safety Agency (Marsenda) sent four boats to the strait.\n\n"
        "Marsenda said the search for the 23 missing would go on for a week."
    )
    assert source_of(nlp, text, "23") == ("Marsenda", SourceKind.NAMED_ORG)


def test_a_nickname_in_brackets_after_a_person_stays_a_person(nlp):
    # near-miss: brackets after a person's name define no body
    text = (
        "Daniel (Danny) Ostrova, a fisherman, sent four boats to the strait.\n\n"
        "Danny said the search for the 23 missing would go on for a week."
    )
    assert source_of(nlp, text, "23")[1] is not SourceKind.NAMED_ORG
