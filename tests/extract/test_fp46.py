"""fp46 (session 38): numbers the gold does not take as claims. Invented texts.

Set phrases whose number counts nothing ("think twice", "into six figures", "one paycheck away
from"; gold README: idioms and vague amounts are not claims), and names and codes built on a
number ("the Gang of Eight", "part 2 of the series", "Error code: 17"). The challenge set
``challenge_fp46.py`` holds not-claims of these and other shapes beside look-alikes that are
claims.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of
from tests.extract.challenge_fp45 import score
from tests.extract.challenge_fp46 import CHALLENGE

# at fp46: precision 0.70 (31 of 44), recall 0.97 (31 of 32) on the challenge set, implied
# counts left out (at 0.35.0: 0.47 and 0.97)
_PRECISION_FLOOR = 0.68
_RECALL_FLOOR = 0.95


def _figures(nlp, text: str) -> list[str]:
    """The claim texts of ``text``, implied counts left out (the scorer leaves them out)."""
    return [c.text for c in claims_of(nlp, text) if not c.implied]


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers may think twice before paying the new bag fee.",
        "The penalty should make contractors think twice about cutting corners.",
        "Investors thought twice after the ruling, the analyst said.",
    ],
)
def test_think_twice_is_an_idiom(nlp, text):
    assert "twice" not in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The clerk was shot twice in the back, the sheriff said.", "twice"),
        ("She has run for mayor twice and lost both times.", "twice"),
    ],
)
def test_twice_that_counts_acts_stays_a_claim(nlp, text, figure):
    assert figure in _figures(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The consultant's fees ran into six figures last year.",
        "The jury award was in the seven figures, a lawyer said.",
        "Her campaign debt has crept into five figures.",
    ],
)
def test_figures_and_digits_are_vague_amounts(nlp, text):
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Many renters are one paycheck away from eviction, the advocate said.",
        "Most families are one illness or accident away from ruin, she said.",
    ],
)
def test_one_in_a_set_phrase_counts_nothing(nlp, text):
    assert "one" not in _figures(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The shuttered plant is just one example of what the tariffs did, he said.",
        "Turnout was only one factor among many, the analyst wrote.",
        "The new ad is but one illustration of how the race has turned.",
    ],
)
def test_one_picked_out_of_many_is_not_a_count(nlp, text):
    assert "one" not in _figures(nlp, text)


def test_one_that_counts_stays_a_claim(nlp):
    assert "one" in _figures(nlp, "Only one council member voted against the budget.")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Opponents of the Gang of Eight bill packed the town hall.", "Eight"),
        ("Read part 2 of our series on the county budget here.", "2"),
        ("The video would not play. Error code: 17.", "17"),
    ],
)
def test_number_inside_a_name_or_code_is_not_a_claim(nlp, text, figure):
    assert figure not in _figures(nlp, text)


def test_figure_after_a_colon_stays_a_claim(nlp):
    text = "Think about the magic number: 1,237 delegates to win."
    assert "1,237" in _figures(nlp, text)


def test_figure_beside_a_named_gang_stays_a_claim(nlp):
    text = "The Gang of Eight bill would have covered 11 million people."
    assert "11 million" in _figures(nlp, text)


def test_challenge_not_claims_beside_look_alikes(nlp):
    precision, recall = score(lambda text: _figures(nlp, text), CHALLENGE)
    assert precision >= _PRECISION_FLOOR
    assert recall >= _RECALL_FLOOR
