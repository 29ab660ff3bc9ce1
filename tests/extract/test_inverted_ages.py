"""An inverted casualty list whose one person is an age alone ("Also wounded was a
17-year-old", "Killed was a 20-year-old") counts the age, as it counts "Also killed was a
20-year-old man" (implied/identified_dead.py, impl55: the tagger calls the age an adjective,
the parse an adjectival complement). Not counted: an inverted verb of no harm ("Also charged
was a 17-year-old"). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Also wounded was a 17-year-old, deputies said.", ("a 17-year-old", "injured", 1)),
        ("Also injured was a 9-year-old.", ("a 9-year-old", "injured", 1)),
        ("Also shot was a 16-year-old.", ("a 16-year-old", "shot", 1)),
        ("Killed was a 20-year-old.", ("a 20-year-old", "killed", 1)),
        (
            "Also wounded were a 17-year-old and a 20-year-old.",
            ("a 17-year-old and a 20-year-old", "injured", 2),
        ),
    ],
)
def test_an_age_listed_after_an_inverted_harm_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text", ["Also charged was a 17-year-old.", "Also arrested was a 17-year-old."]
)
def test_an_age_listed_after_an_inverted_verb_of_no_harm_is_not_counted(nlp, text):
    assert _counts(nlp, text) == []
