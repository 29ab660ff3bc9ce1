"""subjprobe (session 49): general shapes of a figure's subject from invented probe sentences.

"17 percent of the US population" counts the population ("US" is the country, not "us"); a pair
written "5-to-4" before adjectives counts the noun it modifies, not its own rest "to-4"; a span
of time right before "to" + verb names the doing it measures ("three years to see ...").
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


@pytest.mark.parametrize(
    "text, word",
    [
        ("It marked the rise of a reliable 5-to-4 pro-business majority on the court.", "majority"),
        ("A 4-to-4 tie at the court would leave the ruling in place.", "tie"),
        ("The law now faces a 6-to-3 conservative majority.", "majority"),
    ],
)
def test_a_hyphened_pair_counts_the_noun_it_modifies(nlp, text: str, word: str):
    figure = next(word for word in text.split() if "-to-" in word)  # one figure (vote_splits)
    subject = subject_of(nlp, text, figure)
    assert word in subject.split()
    assert "to-" not in subject


@pytest.mark.parametrize(
    "text, figure, words",
    [
        (
            "You have to go back only 12 years to see a mayor defending the plan.",
            "12 years",
            "see mayor",
        ),
        ("It took three years to see the first results.", "three years", "see first results"),
        ("The agency needs 18 months to review the plans.", "18 months", "review plans"),
        ("Voters waited for four hours to vote.", "four hours", "vote"),
    ],
)
def test_a_span_of_time_before_an_infinitive_names_the_doing(
    nlp, text: str, figure: str, words: str
):
    assert words in subject_of(nlp, text, figure)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The rule will be updated every three years to keep pace with pay.", "three years"),
        ("Officials changed their story over the past 18 months to explain the loss.", "18 months"),
        ("The sentence ran from two years to five.", "two years"),
    ],
)
def test_a_time_frame_before_an_infinitive_takes_no_doing(nlp, text: str, figure: str):
    subject = subject_of(nlp, text, figure).split()
    assert not {"keep", "pace", "explain", "loss", "five"} & set(subject)
