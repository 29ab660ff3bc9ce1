"""Sources, session 19 (`sources20`): a pronoun reporting a long quotation looks back from
where the quotation opens, a subject the tagger left untagged is still the person it names
elsewhere, a describing word opening a sentence says a name's kind, a lower-case word the
tagger calls a name is a common noun, and a company's epithet, a paper and a web page speak
for their owner.

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_pronoun_after_a_long_quotation_looks_back_from_its_opening(nlp):
    text = (
        "Moderator Lane asked Governor Ruiz Okafor how tall the fence would be. "
        '"I think the fence could be 12 to 15 feet. That is tall. That is very tall. '
        'It is tall enough. It could be taller," he told the moderator.'
    )
    assert source_of(nlp, text, "12 to 15 feet") == ("Ruiz Okafor", SourceKind.NAMED_PERSON)


def test_pronoun_resolves_to_the_nearest_subject_with_a_name_tagged_elsewhere(nlp):
    text = (
        "Senator Ellen Summers spoke first. They disagree on the tax. "
        "Summers backs a rate of 20 percent. "
        '"Families are working four jobs just to get by," she said.'
    )
    assert source_of(nlp, text, "four") == ("Summers", SourceKind.NAMED_PERSON)


def test_describing_word_opening_the_sentence_makes_the_name_a_person(nlp):
    text = "Witness Marlon Tebbe tells the Valley Courier that 150 people were inside the hall."
    assert source_of(nlp, text, "150") == ("Witness Marlon Tebbe", SourceKind.NAMED_PERSON)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Norvik rose 2 percent. The online furniture giant reported a profit of $2.10 "
            "per share.",
            "$2.10",
            ("The online furniture giant", SourceKind.NAMED_ORG),
        ),
        (
            "The fundraising page set up for the family said he leaves behind three sisters.",
            "three",
            ("The fundraising page", SourceKind.NAMED_ORG),
        ),
        (
            "A local blog said the club had about 40 members.",
            "about 40",
            ("A local blog", SourceKind.ANONYMOUS),
        ),
    ],
)
def test_company_epithets_and_pages_speak_for_their_owner(nlp, text, figure, expected):
    assert source_of(nlp, text, figure) == expected


def test_pronoun_takes_the_sentence_subject_before_other_names(nlp):
    text = (
        "Marta Velez met Ruiz Okafor in Toledo. Velez later toured a plant with Okafor. "
        '"We saw 300 workers there," she said.'
    )
    assert source_of(nlp, text, "300") == ("Velez", SourceKind.NAMED_PERSON)


def test_lower_case_word_tagged_as_a_name_is_a_common_noun(nlp):
    text = '"I heard three shots and ran," said the father.'
    assert source_of(nlp, text, "three") == ("the father", SourceKind.ANONYMOUS)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The county coroner's office identified the woman and children as 35-year-old Ana "
            "Ruiz; and two sons, 14-year-old Leo Ruiz and 9-year-old Sam Ruiz.",
            "two",
            ("The county coroner's office", SourceKind.NAMED_ORG),
        ),
        (
            "The three dead victims have been identified by Harlow County Police as Al Moe, "
            "Bo Lin and Cy Ray.",
            "three",
            ("Harlow County Police", SourceKind.NAMED_ORG),
        ),
        (
            "The two dead men have been identified as Al Moe and Bo Lin.",
            "two",
            ("", SourceKind.NONE),
        ),
    ],
)
def test_who_identifies_the_dead_reports_them(nlp, text, figure, expected):
    assert source_of(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Records show that the man who deputies say was shot by his brother before he "
            "wounded their two cousins had filed a complaint.",
            "two",
            ("deputies", SourceKind.NAMED_ORG),
        ),
        (
            "Dover police have arrested a woman they allege accidentally shot two teenagers as "
            "they left school.",
            "two",
            ("Dover police", SourceKind.NAMED_ORG),
        ),
    ],
)
def test_reporting_verb_in_a_relative_clause_reports_the_verb_after_it(nlp, text, figure, expected):
    assert source_of(nlp, text, figure) == expected


def test_a_conjunction_opening_the_sentence_is_not_part_of_the_source(nlp):
    text = (
        "But a GAZETTE analysis of other data identified at least $40 million in spending on ads."
    )
    assert source_of(nlp, text, "at least $40 million") == (
        "a GAZETTE analysis",
        SourceKind.NAMED_ORG,
    )
