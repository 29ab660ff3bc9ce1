"""subjprobe (session 49): general shapes of a figure's subject from invented probe sentences.

"17 percent of the US population" counts the population ("US" is the country, not "us").
"""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, word",
    [
        (
            "Minorities will be the majority in 30 years, he said, referring to the Hispanic"
            " community, standing now at 17 percent of the US population.",
            "17 percent",
            "population",
        ),
        (
            "Factory jobs fell for 20 years. About 40 percent of US adults now say trade hurts.",
            "About 40 percent",
            "adults",
        ),
    ],
)
def test_a_share_of_the_us_counts_its_own_noun(nlp, text: str, figure: str, word: str):
    assert word in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    "text, figure, word",
    [
        ("The storm damaged 400 homes. Some 210 of them were badly hit.", "Some 210", "homes"),
        ("Police questioned 30 people and held 12 of them overnight.", "12", "people"),
    ],
)
def test_a_share_of_them_still_counts_the_noun_before(nlp, text: str, figure: str, word: str):
    assert word in subject_of(nlp, text, figure).split()
