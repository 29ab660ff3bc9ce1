"""A spelled-out title of public office written right before a name stays in the source text,
as its abbreviation does ("Senator Mara Voss" like "Sen. Mara Voss"), and the kind stays the
person's (name_titles._office_title_start, lexicon.OFFICE_TITLES and OFFICE_TITLE_PAIRS).

Sentences are invented (docs/gold-conventions.md, "Titles and roles before names in source
text": the name as written at the attribution, with the title that stands before it).
"""

import pytest
from spacy.language import Language

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Senator Mara Voss said the chamber will vote on three bills on Tuesday.",
            "three",
            "Senator Mara Voss",
        ),
        (
            "Senator Mara Voss of Ohio, the party's No. 2, said the chamber will take up four bills.",
            "four",
            "Senator Mara Voss",
        ),
        (
            "Governor Ann Cole said 40 homes were flooded overnight.",
            "40",
            "Governor Ann Cole",
        ),
        (
            "District Attorney Lena Ortiz said the two men were inside a car when they were shot.",
            "two",
            "District Attorney Lena Ortiz",
        ),
        (
            "Attorney General Ann Cole said 12 people were charged in the scheme.",
            "12",
            "Attorney General Ann Cole",
        ),
        (
            "The bill would cost $3 billion, according to Congresswoman Ruth Abara.",
            "$3 billion",
            "Congresswoman Ruth Abara",
        ),
        (
            "Five roads remain closed, said Commissioner Tom Hale.",
            "Five",
            "Commissioner Tom Hale",
        ),
    ],
)
def test_spelled_out_office_title_before_a_name_is_kept(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    found, kind = source_of(nlp, text, figure)
    assert found == source
    assert kind == SourceKind.NAMED_PERSON
