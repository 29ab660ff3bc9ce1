"""Implied counts of session 25 (branch implied31): invented sentences, gold README
"Implied counts" and docs/gold-conventions.md "Ordinals"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "span", "measure"),
    [
        # a name beside the ordinal victim
        (
            "A third victim, Dale Porter, was also shot inside the duplex.",
            "victim, Dale Porter",
            "shot",
        ),
        # a person noun, after a definite ordinal
        (
            "Three men were pronounced dead at the scene. The fourth victim, a woman, was taken "
            "to a hospital in Smithtown.",
            "victim, a woman",
            "injured",
        ),
        # a noun an age marks as a person
        (
            "Detectives say Ruiz shot and killed his first victim, a 19-year-old aspiring "
            "singer, near the mall.",
            "victim, a 19-year-old aspiring singer",
            "killed",
        ),
        # an age and a name
        (
            "A fourth person, 52-year-old Ned Harlow of Elm Street, was found dead.",
            "person, 52-year-old Ned Harlow",
            "killed",
        ),
    ],
)
def test_ordinal_victim_spans_the_appositive_saying_who_they_are(nlp, text, span, measure):
    assert (span, measure, 1) in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # no appositive: the noun, as the gold writes "person"
        ("A third passenger was taken to a hospital.", "passenger"),
        # a list after the noun is not one person saying who it is
        ("A second car, a van and a truck, was hit by gunfire.", None),
    ],
)
def test_ordinal_without_a_person_appositive_keeps_its_noun(nlp, text, span):
    spans = [c[0] for c in _counts(nlp, text)]
    if span is None:
        assert not any("," in s for s in spans)
    else:
        assert span in spans
