"""Sources of session 26 (`sources35`).

Sentences are invented, parallel to real cases (judged by the gold README, "source", and
docs/gold-conventions.md, "Titles and roles before names in source text").
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a news outlet's possessive before a reporter's name is the name's title
        (
            "The Herald's Dana Pruitt writes that he would need to win 62 percent of the rest.",
            "62 percent",
            "The Herald's Dana Pruitt",
        ),
        (
            '"We have 12 offices in the state," Fox\'s Peter Brand said.',
            "12",
            "Fox's Peter Brand",
        ),
        # a curly possessive, which the tagger reads as a name
        (
            "The Ledger’s Anna Croft writes: “She would need 58 percent of the rest.”",
            "58 percent",
            "The Ledger’s Anna Croft",
        ),
        # the owner hung on the role, not on the name
        (
            "The letter was mailed within a day of the fire, said Pima County sheriff's "
            "Detective Ray Lund.",
            "within a day",
            "Pima County sheriff's Detective Ray Lund",
        ),
        # the agency's owner before a role and the name
        (
            "NBC's political director Omar Lindqvist said the campaign had 40 field offices.",
            "40",
            "NBC's political director Omar Lindqvist",
        ),
        # negative: a place's possessive right before a name is no title
        (
            '"We will lose 40 seats," said Ohio\'s Mark Dale, a party consultant.',
            "40",
            "Mark Dale",
        ),
        # negative: a person's possessive is a relation, not a title
        (
            '"There were five shots in a row," Maria Jones\' friend Delia Marsh said.',
            "five",
            "Delia Marsh",
        ),
        # negative: an owner the article names as a person elsewhere is a person, however
        # the tagger labels it at the possessive
        (
            "Rep. Ann Sorel spoke. Sorel's spokesman Tim Gage said the office got 300 calls.",
            "300",
            "Tim Gage",
        ),
        # negative: a name with its own abbreviated title of address keeps the title only
        (
            "Nine people were hurt, Kent County Sheriff's spokesman Sgt. Alan Pike said.",
            "Nine",
            "Sgt. Alan Pike",
        ),
    ],
)
def test_possessive_owner_before_a_name_is_its_title(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source
