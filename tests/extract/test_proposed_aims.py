"""What someone proposes or seeks, and a plan or proposal of theirs, reports no figure.

A proposal is an aim, like a hope, a demand or a pledge (nominal.an_aim): "Clinton seeks an
additional $1 trillion in revenue", "she is proposing $275 billion", "Mr. Sanders's plan would
raise $15.3 trillion", "his unlikely proposal to deport 11 million" (realgold6, 7, 24, 30
golds: source none). A speaker who tells the figure still does ("Lee said her plan would create
3,000 jobs"). Sentences are invented.
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Ortiz seeks an additional $40 million in revenue for the parks.", "$40 million"),
        ("The mayor is proposing $12 million in road repairs.", "$12 million"),
        ("The governor proposed a 6 percent raise for teachers.", "6 percent"),
        ("Ruiz's plan would raise $9 million in new fees.", "$9 million"),
        ("Lee criticised the governor's plan to close 14 clinics.", "14"),
        ("Voters rejected the senator's proposal to cut 2,000 state jobs.", "2,000"),
    ],
)
def test_a_proposal_or_an_owned_plan_gives_none(nlp: Language, text: str, figure: str) -> None:
    assert source_of(nlp, text, figure) == ("", "none")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Lee said her plan would create 3,000 jobs.", "3,000", "Lee"),
        ("Ortiz said she is seeking $5 million for the library.", "$5 million", "Ortiz"),
        ("The company expects to save $2 billion next year.", "$2 billion", "The company"),
        ("The agency's report found 40 bridges were unsafe.", "40", "The agency's report"),
    ],
)
def test_a_speaker_belief_or_owned_report_keeps_its_source(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source
