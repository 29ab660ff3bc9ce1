"""pollpair (session 44): a lead in spaced percentage points ("a 10 percentage-point lead") spans
its points and names the lead, as the margins of gold-conventions do."""

from __future__ import annotations

import pytest

from tests.conftest import claim_mentions, subject_of


@pytest.mark.parametrize(
    "text, span, subject",
    [
        (
            "In the new poll, Mr. Lee had a 10 percentage-point lead over Ms. Ray.",
            "10 percentage-point",
            "lead",
        ),
        ("Ms. Ortiz held a 4 percentage-point edge in the survey.", "4 percentage-point", "edge"),
    ],
)
def test_a_lead_in_spaced_percentage_points_spans_its_points_and_names_the_lead(
    nlp, text: str, span: str, subject: str
):
    claims = claim_mentions(nlp, text)
    assert span in claims
    assert subject in subject_of(nlp, text, span).split()


@pytest.mark.parametrize(
    "text, span",
    [
        ("Mr. Lee was backed by 38 percent in the poll, a five-point dip from May.", "five-point"),
        ("Ms. Ray got a 3-point bounce after the convention.", "3-point"),
    ],
)
def test_a_change_in_points_fused_to_dip_or_bounce_is_a_claim(nlp, text: str, span: str):
    assert span in claim_mentions(nlp, text)
