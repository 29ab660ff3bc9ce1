"""A headline's victim "in" or "of" a fatal event, opening the headline or after its verb
("Victim in fatal shooting identified", "Victim In Deadly Elm Street Shooting Identified",
"Coroner names victim in deadly shooting") is 1 killed, as "IDs victim of fatal shooting" is
(implied/headline_verbs.py, impl55). Not counted: a suspect in a fatal shooting, a victim of
an event not said as fatal. Invented headlines."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts

_BODY = "\n\nDeputies are investigating, officials said."


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Victim in fatal shooting identified", ("Victim", "killed", 1)),
        ("Victim In Deadly Oak Street Shooting Identified", ("Victim", "killed", 1)),
        ("Victim of fatal stabbing identified", ("Victim", "killed", 1)),
        ("Coroner names victim in deadly shooting", ("victim", "killed", 1)),
        ("Deputies identify victim in fatal weekend shooting", ("victim", "killed", 1)),
    ],
)
def test_a_victim_in_a_fatal_event_is_killed(nlp, headline, count):
    assert count in _counts(nlp, headline + _BODY)


@pytest.mark.parametrize(
    "headline",
    [
        "Suspect in fatal shooting arrested",
        "Victim in shooting identified as local teen",
        "Victim of fraud speaks out",
    ],
)
def test_no_killed_victim_without_a_fatal_event(nlp, headline):
    assert ("Victim", "killed", 1) not in _counts(nlp, headline + _BODY)
