"""A further casualty who reached care on their own ("Another victim drove himself to a
hospital", "a second man walked into Mercy Hospital", "Another person was dropped off at the
emergency room") is 1 injured, 1 shot where the person is a victim (implied/self_arrivals.py,
impl55; docs/gold-conventions.md "Ordinals" and "Vocabulary of casualty shapes"). Not counted:
a plain person reaching a hospital, a definite re-mention, a caregiver, who takes someone
else, a modal or negated arrival. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A man was shot on Elm Street. Another victim drove himself to a hospital.",
            ("Another victim", "shot", 1),
        ),
        (
            "A woman was hurt. A second victim took herself to Lakeside Hospital.",
            ("victim", "shot", 1),  # the gold leaves out the ordinal,
        ),
        (
            "Deputies later learned a third man had gone to a hospital on his own.",
            ("man", "injured", 1),
        ),
        (
            "A teen was wounded. Another man arrived at a hospital by private car.",
            ("Another man", "injured", 1),
        ),
        (
            "A boy was hurt. Another person was dropped off at the hospital.",
            ("Another person", "injured", 1),
        ),
        (
            "A clerk was shot. Minutes later another woman walked into the emergency room.",
            ("another woman", "injured", 1),
        ),
    ],
)
def test_a_new_person_reaching_care_alone_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A woman drove herself to the hospital to give birth.", "A woman"),
        ("A man drove himself to a hospital after a crash.", "A man"),
        ("The victim drove himself to the hospital.", "The victim"),
        ("Another officer went to the hospital to interview the family.", "Another officer"),
        ("Another man took the victim to a hospital.", "Another man"),
        ("Another man dropped his son off at the hospital.", "Another man"),
        ("Another victim may have gone to a hospital.", "Another victim"),
        ("Another victim did not go to a hospital.", "Another victim"),
        ("Another man went to the courthouse.", "Another man"),
    ],
)
def test_no_new_casualty_without_a_new_person_reaching_care(nlp, text, person):
    assert person not in [c[0] for c in _counts(nlp, text)]
