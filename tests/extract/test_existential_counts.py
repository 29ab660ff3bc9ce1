"""A bare count in "there are N" counts the noun named before it (existential_counts.py)."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, counted",
    [
        (
            "Okafor said Reyes had started phoning board trustees - there are three from each of "
            "the county's five wards, plus two at-large members.",
            "three",
            "trustees",
        ),
        (
            "Reaching the depot, guards began looking for armed intruders, fearing there might "
            "be as many as four, but finding only a stray dog.",
            "as many as four",
            "intruders",
        ),
        (
            "The role of a regional fire commander - there are seven across the state - is to "
            "coordinate crews and equipment.",
            "seven",
            "commander",
        ),
    ],
)
def test_bare_existential_count_counts_the_noun_named_before(
    nlp, text: str, figure: str, counted: str
) -> None:
    assert counted in subject_of(nlp, text, figure)


def test_bare_existential_count_with_no_noun_before_counts_the_previous_subject(nlp) -> None:
    text = (
        "Which databases are used to store the county's tax records? There are actually three "
        "that hold the files, according to the auditor."
    )
    assert "databases" in subject_of(nlp, text, "three")
