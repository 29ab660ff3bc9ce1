"""A headline's second clause after a semicolon opens on its own people ("Deputy wounded in
shootout; suspect dead" = 1 injured and 1 killed; implied/headline_casualties.py, impl55).
Not counted: people after the semicolon with no casualty word ("suspect at large", "police
seek gunman"). Invented headlines."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts

_BODY = "\n\nDeputies are investigating, officials said."


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Trooper wounded in shootout; suspect dead", ("suspect", "killed", 1)),
        ("Man killed on Oak Street; teen hurt in second shooting", ("teen", "injured", 1)),
        ("Clerk shot in robbery; customer wounded", ("customer", "injured", 1)),
    ],
)
def test_the_people_after_a_semicolon_are_counted(nlp, headline, count):
    assert count in _counts(nlp, headline + _BODY)


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        ("Officer shot during traffic stop; suspect at large", "suspect"),
        ("Man shot on Oak Street; police seek gunman", "police"),
    ],
)
def test_people_after_a_semicolon_with_no_harm_are_not_counted(nlp, headline, word):
    assert word not in [c[0].lower() for c in _counts(nlp, headline + _BODY)]
