"""Implied counts of session 18, round 2 (branch implied19): invented sentences, gold README
"Implied counts"."""

from __future__ import annotations

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


def test_shot_one_person_and_killed_another_counts_both(nlp):
    counts = _counts(nlp, "A farmer shot his 15-year-old son and killed his brother on Monday.")
    assert ("his 15-year-old son", "shot", 1) in counts
    assert ("his brother", "killed", 1) in counts
    # the same person shot and killed stays one killing
    assert _counts(nlp, "A farmer shot and killed his neighbor.") == [("his neighbor", "killed", 1)]
