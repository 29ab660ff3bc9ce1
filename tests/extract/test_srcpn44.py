"""Sources of session 36 (`srcpn44`): an owned plan speaks only as a stance does.

Sentences are invented, parallel to real cases (judged by the gold README, "source": a plan
reports nothing, so the speaker who tells it gives the figure; PolNeAR even and odd halves).
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a speaker around an owned plan tells its figure
        ("Lee said his plan would create 40,000 jobs.", "40,000", "Lee"),
        ("His plan would create 40,000 jobs, Lee said.", "40,000", "Lee"),
        (
            "An outside firm has calculated that the mayor's plan may cut traffic 12 percent.",
            "12 percent",
            "An outside firm",
        ),
        ("Ruiz touted her proposal to hire 500 new teachers.", "500", "Ruiz"),
        ("The council's budget would add 35 officers, the chief warned.", "35", "the chief"),
        ("Critics said the senator's bill would cost $4 billion.", "$4 billion", "Critics"),
    ],
)
def test_speaker_around_an_owned_plan_tells_its_figure(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a plan with no speaker around it reports nothing (src55: the tuning golds give it no
        # source; PolNeAR, which srcpn44 followed here, gives its owner)
        ("Ms. Ruiz's plan would raise $15 billion in new taxes.", "$15 billion", ""),
        # negative: an owned claim or tally speaks before any speaker around it
        (
            "Analysts said Mr. Lee's claim that his firm is worth $10 billion was false.",
            "$10 billion",
            "Mr. Lee's claim",
        ),
        (
            "By the Associated Press's tally, she now has 739 delegates.",
            "739",
            "the Associated Press's tally",
        ),
    ],
)
def test_owned_plan_alone_and_owned_claims_keep_their_owner(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source
