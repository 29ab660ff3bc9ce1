"""Implied counts of session 28 (branch implied35): the person a thing was used to kill or
shoot (instrument_use.py); invented sentences, gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a relative clause on the thing used, its user the subject
        (
            "The widow asked the court to destroy the pistol he used to kill Daniel Ortega.",
            ("Daniel Ortega", "killed", 1),
        ),
        # the person's age before the name belongs to the count's span
        (
            "Prosecutors put on display the rifle he used to kill 19-year-old Maria Lopez in 2015.",
            ("19-year-old Maria Lopez", "killed", 1),
        ),
        # the thing used as the passive subject
        (
            "Investigators have not said what kind of weapon was used to kill Anna Berg.",
            ("Anna Berg", "killed", 1),
        ),
        # a relative pronoun that is the thing used, with "shoot": 1 shot
        (
            "Officers recovered the handgun that was used to shoot the cashier.",
            ("the cashier", "shot", 1),
        ),
        # a sentence-opening weapon the parse makes the subject of an active "used"
        (
            "The pistol used to kill the deputy was reported stolen in 2014.",
            ("the deputy", "killed", 1),
        ),
    ],
)
def test_the_person_a_thing_was_used_to_harm_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the habit: no thing used
        "He used to shoot hoops with his cousin after school.",
        # the user, not the thing used
        "He was a quiet man who used to shoot pool at the tavern.",
        # a use that may come, or a plan
        "Experts warned that the device could be used to kill a person.",
        "He planned to use the shotgun to kill his landlord.",
        # no person harmed
        "The nurse said the drug was used to kill the pain.",
        # an act tried, not done (no "use")
        "The man tried to kill his neighbor with a hammer.",
        # the habit of a person, with a person as the object
        "Locals joked that the old sheriff used to shoot a man for less.",
    ],
)
def test_a_use_that_harmed_no_one_is_not_counted(nlp, text):
    assert _counts(nlp, text) == []
