"""'The three men involved in the robbery': people an event happened with are counted, not the
sources of a report (branch miss53, session 53). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The three men involved in the robbery are believed to be brothers.", "three"),
        ("She was one of two drivers involved in the crash on the bridge.", "two"),
    ],
)
def test_people_involved_in_an_event_are_a_count(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two officials involved in the talks said the deal was close.", "Two"),
        ("The plan was dropped, according to three people familiar with it.", "three"),
    ],
)
def test_unnamed_sources_involved_in_talks_are_no_count(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)
