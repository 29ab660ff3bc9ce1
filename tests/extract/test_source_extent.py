"""How far a source's phrase reaches (source_extent.py): a role of common nouns before a name
and a name set beside the source's noun without a comma belong to the source text.

Sentences are invented (gold README, "source"; docs/gold-conventions.md, "Titles and roles
before names in source text").
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            '"We will win 40 percent of the vote," campaign manager Dana Reyes said.',
            "40 percent",
            "campaign manager Dana Reyes",
        ),
        (
            "The county has 300 homes without power, county manager Phil Suttle said.",
            "300",
            "county manager Phil Suttle",
        ),
        (
            "About 250 members marched, Tucson chapter president Luis Ortega said.",
            "250",
            "Tucson chapter president Luis Ortega",
        ),
        (
            "Finance director Ana Ruiz said the campaign raised $2 million in March.",
            "$2 million",
            "Finance director Ana Ruiz",
        ),
        (
            "The party spent $3 million on ads, according to campaign treasurer Mark Olsen.",
            "$3 million",
            "campaign treasurer Mark Olsen",
        ),
    ],
)
def test_role_of_common_nouns_before_a_name_is_kept(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a possessive before the role: an apposition, the name alone
        (
            "His campaign chairman Paul Lange said that the campaign raised $4 million.",
            "$4 million",
            "Paul Lange",
        ),
        # a description, not a post
        (
            "Billionaire investor Tom Reiss said he would give $5 million to the group.",
            "$5 million",
            "Tom Reiss",
        ),
        (
            "Pizza magnate Hal Dorn said he gave $25,000 to the campaign.",
            "$25,000",
            "Hal Dorn",
        ),
        (
            '"We have 12 offices," Republican presidential candidate Ana Ruiz said.',
            "12",
            "Ana Ruiz",
        ),
    ],
)
def test_description_before_a_name_is_left_out(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "According to the activist group Mosul Watch, at least 38 people have been killed.",
            "at least 38",
            "the activist group Mosul Watch",
        ),
        (
            "According to the monitoring group Syria Watch, at least 40 civilians died in May.",
            "at least 40",
            "the monitoring group Syria Watch",
        ),
        (
            "A study by the research firm Blue Harbor Analytics found 40 percent of jobs at risk.",
            "40 percent",
            "A study by the research firm Blue Harbor Analytics",
        ),
        (
            "The polling firm Civic Pulse found that 52 percent of voters back the plan.",
            "52 percent",
            "The polling firm Civic Pulse",
        ),
        (
            "The watchdog group Open Ledger said the company paid $12 million in fines.",
            "$12 million",
            "The watchdog group Open Ledger",
        ),
    ],
)
def test_name_beside_the_source_noun_is_kept(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


def test_split_title_beside_the_source_noun_is_not_a_name(nlp: Language) -> None:
    text = "Two were hurt, according to Elmira police spokesman Sgt. William Solt, who said more."
    assert source_of(nlp, text, "Two")[0] != "Elmira police spokesman Sgt"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Lee holds a 10-point lead in Ohio, according to the Gallup average of polls, "
            "where 80 delegates will be at stake.",
            "10-point",
            "the Gallup average of polls",
        ),
        (
            "Turnout rose 12 percent, according to the state's tally of ballots, which counted "
            "4,000 more voters than in 2012.",
            "12 percent",
            "the state's tally of ballots",
        ),
    ],
)
def test_figure_of_a_clause_after_the_source_does_not_cut_its_of_phrase(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


def test_figure_in_the_of_phrase_still_cuts_it(nlp: Language) -> None:
    text = "Police said reports of 200 missing were wrong."
    assert source_of(nlp, text, "200")[0] == "reports"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            '"We expect to carry the next two primaries," Ortiz campaign manager Dana Lee wrote.',
            "two",
            "Ortiz campaign manager Dana Lee",
        ),
        (
            "The campaign opened 30 offices, Hillary Ruiz campaign manager Tom Okafor said.",
            "30",
            "Hillary Ruiz campaign manager Tom Okafor",
        ),
    ],
)
def test_role_owned_by_a_person_named_before_it_is_kept(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            '"Some of the leaked ledgers are 95 percent genuine," Datalock co-founder Ivan Petrov '
            "told reporters.",
            "95 percent",
            "Datalock co-founder Ivan Petrov",
        ),
        (
            "Hackers stole 95 percent of the files, Datalock co-founder Ivan Petrov said.",
            "95 percent",
            "Datalock co-founder Ivan Petrov",
        ),
        (
            "Hackers stole 40 percent of the files, DataLock co-founder Ivan Petrov said.",
            "40 percent",
            "DataLock co-founder Ivan Petrov",
        ),
    ],
)
def test_hyphenated_role_before_a_name_is_kept_whole(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


def test_name_before_a_comma_does_not_own_the_role(nlp: Language) -> None:
    text = "Hillary Ruiz won 30 counties, campaign manager Tom Okafor said."
    assert source_of(nlp, text, "30")[0] == "campaign manager Tom Okafor"


def test_role_after_a_body_in_capitals_is_kept(nlp: Language) -> None:
    text = "The agency reviewed 40 files, NRC director Tom Reyes said."
    assert source_of(nlp, text, "40")[0] == "NRC director Tom Reyes"


def test_adjective_before_a_body_in_capitals_leaves_the_name_alone(nlp: Language) -> None:
    text = '"We have 12 offices," Former NAACP president Ana Ruiz said.'
    assert source_of(nlp, text, "12")[0] == "Ana Ruiz"
