"""An evidence verb whose subject names no possible source (evidence_subjects.py).

"show", "suggest", "indicate" take evidence as their subject; an outcome, a number, arithmetic
or marks on a map are the writer's own reading, not a source (gold README, "Source kinds";
realgold19, 20, 24 and 36 golds: source none). Documents, records, findings, people and owned
numbers keep their source. Sentences are invented.
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The final outcome showed Ortiz had received 51.2 percent of the vote.", "51.2 percent"),
        (
            "The headline number that caught the eye of many analysts shows him ahead by just "
            "three points.",
            "three points",
        ),
        ("Red dots show the four new wells drilled in the valley last spring.", "four"),
        ("The shrinking gap suggests turnout fell by 3,000 voters.", "3,000"),
        ("The trend indicates rents rose 9 percent last year.", "9 percent"),
    ],
)
def test_a_subject_that_names_no_source_gives_none(nlp: Language, text: str, figure: str) -> None:
    assert source_of(nlp, text, figure) == ("", "none")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("An autopsy showed the victim had been shot three times.", "three times", "An autopsy"),
        ("County records show 40 homes were sold last year.", "40", "County records"),
        ("Polls show Lee leading by seven points.", "seven points", "Polls"),
        (
            "Pew's numbers show 62 percent of adults own a smartphone.",
            "62 percent",
            "Pew's numbers",
        ),
        ("Earlier information indicated that two people were hurt.", "two", "Earlier information"),
        ("Investigators revealed that 14 guns were found.", "14", "Investigators"),
    ],
)
def test_a_document_record_or_owner_keeps_its_source(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source
