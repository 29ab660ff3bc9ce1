"""pmiss40 (session 32): a number in a campaign's name ("Fight for 15") is no claim. Invented
texts.

Gold README: numbers that are part of a name are not claims.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Members of the Fight for 15 movement marched on Monday.", "15"),
        ('"We will be back," said a Fight for $15 organizer at the rally.', "$15"),
        ('The union-backed "Fight for $15" campaign plans a protest.', "$15"),
    ],
)
def test_number_in_a_campaign_name_is_not_a_claim(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("They will fight for 15 seats in the fall.", "15"),
        ("Workers want a $15 minimum wage, organizers said.", "$15"),
        ("The Fight for $15 movement wants a $12 minimum wage first.", "$12"),
    ],
)
def test_figures_outside_a_campaign_name_stay_claims(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
