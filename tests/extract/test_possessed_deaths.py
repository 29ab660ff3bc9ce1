"""An owner's violent death told by a possessive (session 54, impl54b; possessed_deaths.py):
"Man charged in teen's shooting death" is 1 killed, the teen, in a headline the parse
misreads and in a sentence. Invented sentences; parallels that count no one. Gold README
"Implied counts"; docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts

_BODY = "\n\nPolice are investigating, officials said."


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Man charged in teen's shooting death" + _BODY, ("teen", "killed", 1)),
        ("Son charged in mother's stabbing death" + _BODY, ("mother", "killed", 1)),
        ("Arrest made in 16-year-old's shooting death" + _BODY, ("16-year-old", "killed", 1)),
        ("Father charged in boy's beating death" + _BODY, ("boy", "killed", 1)),
        ("Police seek suspect in cashier's killing" + _BODY, ("cashier", "killed", 1)),
        (
            "Police made an arrest in a man's shooting death on Sunday.",
            ("a man", "killed", 1),
        ),
    ],
)
def test_an_owners_violent_death_is_one_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thursday's shooting deaths bring the city's homicide total to 106.",
        "The governor's death penalty plan drew criticism.",
        "Police said the shooting's death toll could rise.",
        "Investigators reviewed his shooting death again.",
    ],
)
def test_a_possessive_that_owns_no_victim_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
