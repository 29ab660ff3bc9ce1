"""subj42 (session 34): a generic poll share or points figure names the candidate it belongs to."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of, subject_of


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "In the new Marist poll, Ostrowski was second with 17%, behind the governor.",
            "17%",
            "Ostrowski",
        ),
        (
            "The latest survey shows Delgado leads the field in Ohio with just 24%.",
            "24%",
            "Delgado",
        ),
        (
            "The tracking poll had Senator Ostrowski losing four percentage points and Governor "
            "Delgado gaining five over the week.",
            "four percentage points",
            "Ostrowski",
        ),
        (
            "The tracking poll had Senator Ostrowski losing four percentage points and Governor "
            "Delgado gaining five over the week.",
            "five",
            "Delgado",
        ),
    ],
)
def test_a_candidates_poll_share_names_the_candidate(nlp, text: str, figure: str, owner: str):
    assert owner in subject_of(nlp, text, figure).split()


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The poll found that 41% of voters back the plan.", "41%"),
        ("Unemployment rose to 6 percent last year, the survey said.", "6 percent"),
    ],
)
def test_a_share_no_candidate_holds_names_no_person(nlp, text: str, figure: str):
    subject = subject_of(nlp, text, figure)
    assert "Ostrowski" not in subject and "Delgado" not in subject


def test_each_name_in_a_list_of_shares_owns_the_share_after_it(nlp):
    text = (
        "An Emerson poll showed Lindqvist in second at 14 percent, followed by Okafor at 9 "
        "percent, Moreno at 6 percent and Hartley at 4 percent."
    )
    assert "Moreno" in subject_of(nlp, text, "6 percent").split()


@pytest.mark.parametrize(
    "text, first, second",
    [
        (
            "A Gallup poll released Monday found Biden leading Romney by four points among likely "
            "voters in Iowa, 48 percent to 44 percent.",
            "Biden",
            "Romney",
        ),
        (
            "Mrs. Biden leads Mr. Romney in state polls by a four-point margin, 46.2 percent "
            "to 42.2 percent, according to the average.",
            "Biden",
            "Romney",
        ),
    ],
)
def test_a_pair_of_shares_after_a_lead_belongs_to_leader_and_rival(nlp, text, first, second):
    claims = [c for c in claims_of(nlp, text) if "percent" in c.text]
    assert first in claims[0].subject.split()
    assert second in claims[1].subject.split()
