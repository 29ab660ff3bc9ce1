""" "Once" after a focus or before a time counts one time (branch numw55, session 55). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "The zoning board has met only once since March.",
        "The senator debated her challenger just once.",
        "The appeals court has heard the case once before.",
        "The committee met once last year.",
    ],
)
def test_once_with_a_focus_or_a_time_is_a_count(nlp, text):
    assert "once" in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She once worked as a school nurse.",
        "Once again, the council delayed the vote.",
        "He will decide once this season is over.",
        "Only once the ballots are counted will we know.",
    ],
)
def test_once_as_formerly_or_as_soon_as_stays_no_count(nlp, text):
    assert "once" not in mention_texts(nlp, text)
