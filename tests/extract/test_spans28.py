"""spans28 (session 24): which mentions of political news are claims."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, claims",
    [
        ("Exit polls show Ruiz carried 71 percent of voters under 30 in Ohio.", ["71 percent"]),
        ("Many of those over 50 backed the governor, the survey found.", []),
        ("Women under 40 favour Patel by 9 percentage points.", ["9 percentage points"]),
        ("The agency placed 2,000 foster children younger than 12 last year.", ["2,000"]),
        ("Senators who spoke for over 20 hours left at dawn.", ["over 20 hours"]),
        ("Support among voters fell under 30 percent in March.", ["under 30 percent"]),
    ],
)
def test_age_bracket_of_a_group_is_not_a_claim(nlp, text, claims):
    assert mention_texts(nlp, text) == claims
