"""Sources, session 21 (`sources25`): what someone demands, advocates or pledges to do is an
aim, not a figure they report; a gift pledged is still reported.

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The senator backed bus drivers in Leeds and Hull who demanded a $22 hourly wage.",
            "$22",
        ),
        (
            "Ortiz ran on his record. He pledged that he would bring the jobless rate down to "
            "4 percent within three years.",
            "4 percent",
        ),
        ("The mayor vowed to hire 300 more officers by next spring.", "300"),
        (
            "Senator Ana Ruiz advocates tax increases of $9 trillion affecting all incomes; "
            "Mr. Lee seeks an additional $1 trillion.",
            "$9 trillion",
        ),
    ],
)
def test_an_aim_demanded_or_pledged_gives_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)


def test_a_gift_pledged_is_still_reported(nlp):
    text = "Norway pledged 2 million euros to the relief effort on Monday."
    assert source_of(nlp, text, "2 million euros") == ("Norway", SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Residents describe terrifying Elmwood shooting that left 3 dead\n\n"
            "Residents described the victims as quiet.",
            "3",
        ),
        (
            "Ortiz Just Revealed The 3 Things He Thinks Voters Want\n\n"
            "Gov. Ana Ortiz spoke on Monday.",
            "3",
        ),
    ],
)
def test_a_headline_verb_that_says_nothing_gives_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)


def test_a_headline_that_says_who_keeps_its_source(nlp):
    text = "Five wounded in mall shooting, police say\n\nPolice said five people were wounded."
    assert source_of(nlp, text, "Five") == ("police", SourceKind.NAMED_ORG)
