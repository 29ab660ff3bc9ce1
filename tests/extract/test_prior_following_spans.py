"""notclaim55 (session 55): "prior" and "following" after a span place an event as "before" and
"after" do ("signed 10 days prior to the vote", "died two days following the crash": not claims,
docs/gold-conventions.md "Spans of time before or after an event"); a span that lasts ("closed
for two weeks following the storm") stays a claim. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The levy was approved 10 days prior to the vote, the clerk said.", "10 days"),
        ("Eight years prior, the mayor had lost the same race.", "Eight years"),
        ("The driver died two days following the crash, police said.", "two days"),
    ],
)  # fmt: skip
def test_span_prior_to_or_following_an_event_places_it(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The road was closed for two weeks following the storm.", "two weeks"),
        ("He was jailed for 30 days prior to trial.", "30 days"),
    ],
)  # fmt: skip
def test_span_that_lasts_stays_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
