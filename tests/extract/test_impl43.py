"""Implied counts whose harm is said in the sentence after the person is named, with "he" or
"she" (session 35, branch impl43, previous_antecedents.py): the person is counted where named.
Invented sentences; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from factcheck.extract.implied.implied_claims import implied_target


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police said the victim was Rosa Diaz. She was killed inside her apartment.",
            ("the victim", "killed", 1),
        ),
        (
            "Police identified the victim as Omar Little, 25. He was pronounced dead at the scene.",
            ("the victim", "killed", 1),
        ),
        (
            "The fall happened when a man slipped from a ladder. He was taken to a hospital.",
            ("a man", "injured", 1),
        ),
        (
            "Officers found a man lying near the bus stop. He had been shot in the chest.",
            ("a man", "shot", 1),
        ),
        (
            # a paragraph break between them (the first line is the headline)
            "Deputies called to garage\n\nDeputies found Carl Dunn inside the garage.\n\nHe was taken to a hospital in "
            "critical condition.",
            ("Carl Dunn", "injured", 1),
        ),
        (
            "A teenager was walking home from practice. He was struck by a bullet in the leg.",
            ("A teenager", "shot", 1),
        ),
    ],
)
def test_pronoun_casualty_counts_the_person_named_in_the_sentence_before(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # two people the pronoun may stand for: no guess
        "The officer chased a man into the alley. He was shot in the leg.",
        # a woman cannot be "he"
        "Police said the woman was driving home. He was shot in the leg.",
        # the pronoun's sentence names its own person first
        "A man walked into the store. The clerk said he was shot in the arm.",
        # a quoted speaker's "he"
        'A neighbor saw the car leave. "He was shot," she said.',
    ],
)
def test_pronoun_casualty_without_one_person_before_counts_no_one_there(nlp, text):
    counts = _counts(nlp, text)
    assert not any(c[0] in ("a man", "the woman", "A neighbor", "The officer") for c in counts)


def test_person_counted_already_is_not_counted_again_for_the_next_sentence(nlp):
    text = "A man was shot and killed on Elm Street. He was pronounced dead at the scene."
    assert _counts(nlp, text) == [("A man", "killed", 1)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police said the victim was Rosa Diaz. She was killed inside her apartment.", "Police"),
        (
            "Police identified the victim as Omar Little. He was pronounced dead, the coroner said.",
            "the coroner",
        ),
    ],
)
def test_person_named_before_takes_a_source_from_either_sentence(nlp, text, source):
    doc = nlp(text)
    (count,) = find_implied_counts(doc)
    assert implied_target(doc, count).source.text == source
