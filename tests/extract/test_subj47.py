"""subj47 (session 39): a figure in points names what it measures, not the unit alone."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, word",
    [
        ("The mayor has a net positive of eight points in the survey.", "eight points", "positive"),
        ("Ms. Ruiz holds a lead of six points over Mr. Lee.", "six points", "lead"),
        ("Among young voters, his net positive is just three points.", "three points", "positive"),
        (
            "Her unfavorable ratings now outweigh her favorable ones by 17 points, the poll found.",
            "17 points",
            "outweigh",
        ),
        (
            "His lead over the governor has fallen from a 20-point advantage to the current five points.",
            "five points",
            "lead",
        ),
        (
            "Among women, her net positive is four points, down from plus 19 points in May.",
            "plus 19 points",  # the sign is in the span (signed_figures.py)
            "positive",
        ),
        (
            "Ruiz's standing rose by two percentage points while Lee's fell by three points.",
            "three points",
            "standing",
        ),
        ("The senator finished a distant third, 18 points behind Ms. Ruiz.", "18 points", "margin"),
        (
            "His finish - 18 points behind Ms. Ruiz and just 1.5 ahead of Mr. Lee - worried donors.",
            "1.5",
            "margin",
        ),
    ],
)
def test_a_figure_in_points_names_what_it_measures(nlp, text: str, figure: str, word: str):
    assert word in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    "text, figure, holder",
    [
        ("Lee's fell by three points.", "three points", "Lee"),  # no noun before to stand for
        ("He drove from 10 points to the city.", "10 points", ""),  # a pronoun says nothing
        # a name: left to other rules (subj51's unit_holders.py names the clause's subject)
        ("The Dow rose by 120 points on Friday.", "120 points", "Dow"),
    ],
)
def test_points_held_by_no_measured_noun_keep_their_unit(nlp, text: str, figure: str, holder: str):
    assert subject_of(nlp, text, figure) == " ".join(w for w in (holder, "points") if w)
