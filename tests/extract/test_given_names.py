"""A witness named only by the name they gave ("a farmer who gave his name as Bayu") is cited by
that name, named_person (tests/wired d_4, tests/wirej j_2); a description in apposition after a
name stands for the named person (tests/wireb b_1, tests/wireg g_5)."""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_a_speaker_who_gave_his_name_is_cited_by_it(nlp):
    text = "Another survivor, a farmer who gave his name as Bayu, said 40 goats were on the deck."
    assert source_of(nlp, text, "40") == ("Bayu", SourceKind.NAMED_PERSON)


def test_a_pronoun_after_a_given_name_reporting_verb_is_that_person(nlp):
    text = (
        '"Children are not on the list," said Dewi Santika, 44, who was travelling with her '
        "mother.\n\nAnother survivor, a fisherman who gave his name as Rizal, said he had "
        "counted more than 30 motorbikes on the lower deck."
    )
    assert source_of(nlp, text, "more than 30") == ("Rizal", SourceKind.NAMED_PERSON)


def test_a_pronoun_quoting_after_a_given_name_is_that_person(nlp):
    text = (
        "Bulgaria was due to send a team of firefighters on Friday.\n\n"
        "In Lefkes, a 70-year-old retired teacher who gave her name only as Sofia stood "
        'outside her blackened house. "Forty years I lived here," she said.'
    )
    assert source_of(nlp, text, "Forty years") == ("Sofia", SourceKind.NAMED_PERSON)


def test_a_name_given_to_a_thing_names_no_speaker(nlp):
    # near-miss: "gave his name to" a school, no "as": the farmer stays unnamed
    text = "A farmer who gave his name to the new school said 40 pupils had enrolled."
    assert source_of(nlp, text, "40")[1] is SourceKind.ANONYMOUS


def test_a_description_after_a_name_that_reports_stands_for_the_name(nlp):
    text = (
        '"The bank said it was safe," said Pham Thi Hoa, a 70-year-old retired nurse who said '
        "she had put 2 billion dong into the bonds in 2021."
    )
    assert source_of(nlp, text, "2 billion dong") == ("Pham Thi Hoa", SourceKind.NAMED_PERSON)


def test_a_description_that_reports_with_no_name_stays_unnamed(nlp):
    # near-miss: no name before the description
    text = "A 70-year-old retired nurse who said she had put 2 billion dong into the bonds wept."
    assert source_of(nlp, text, "2 billion dong")[1] is not SourceKind.NAMED_PERSON
