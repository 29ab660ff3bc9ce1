"""A headline or key-events line that names its speaker after a comma ("About 900 people
evacuated from the valley, officials say") counts the people before the comma; they are not the
number of sources, as in "two officials said" (source_counts.py). Invented sentences; gold
README, "Headlines" (a figure in a headline is a claim of its own)."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("About 900 people evacuated from the valley, officials say", "About 900"),
        ("Three people killed in market blast, governor says", "Three"),
        ("Some 40 workers trapped in flooded mine, rescuers say", "Some 40"),
    ],
)
def test_people_counted_before_a_named_speaker_are_a_claim(nlp, text, claim):
    assert claim in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_claim"),
    [
        ("Two officials said the talks had stalled.", "Two"),
        ("Three people familiar with the plan said it was delayed.", "Three"),
        ("According to four officials, the convoy turned back.", "four"),
    ],
)
def test_number_of_unnamed_speakers_stays_no_claim(nlp, text, not_claim):
    assert not_claim in mention_texts(nlp, text, claims=False)
