"""nc63a (session 63): a number before a capitalised unit of time mid-sentence is part of a
title ("on 60 Minutes", "told 48 Hours"); a span in lower case stays a claim. Invented texts.

Gold README: numbers that are part of a name are not claims.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("She was interviewed on 60 Minutes last week.", "60 Minutes"),
        ("The mayor told 48 Hours that he had no regrets.", "48 Hours"),
    ],
)
def test_number_before_a_capitalised_unit_is_part_of_a_name(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The hearing lasted 60 minutes, officials said.", "60 minutes"),
        ("She waited 48 hours for the results.", "48 hours"),
    ],
)
def test_span_in_lower_case_stays_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
