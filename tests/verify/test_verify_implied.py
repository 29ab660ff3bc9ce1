"""Counts the text implies without a digit (issue 9, gold README "Implied counts")."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.implied import find_implied_counts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A man was shot and killed Tuesday night in Dover.", [("killed", 1)]),
        ("The gunman opened fire, killing his wife and two children.", [("killed", 3)]),
        ("John Smith was fatally shot outside his home.", [("killed", 1)]),
        ("Another person was shot and wounded while running out.", [("injured", 1)]),
        ("Two men were killed and a woman was wounded.", [("injured", 1)]),
        ("Nobody was killed.", []),
        ("Several people were injured.", []),
        ("A man was shot Tuesday night.", []),
        ("The man was not killed.", []),
        ("A guard fatally shot John Smith and Mary Jones after a robbery.", [("killed", 2)]),
        ("The suspect killed his wife early Sunday.", [("killed", 1)]),
        ("He fired into a car, killing a 17-year-old boy.", [("killed", 1)]),
        ("A 19-year-old woman was killed.", [("killed", 1)]),
        ("Two 19-year-old women were killed.", []),
        ("He threatened to kill his wife.", []),
        ("He then shot himself.", []),
        ("He said he would have shot his father too.", []),
        ("A gunman killed two men outside a bar.", []),
    ],
)
def test_casualty_verbs_imply_counts_of_countable_people(nlp, text, expected):
    assert [(c.measure, c.value) for c in find_implied_counts(nlp(text))] == expected


def test_implied_counts_are_claims_marked_implied(nlp):
    text = "Shooting\n\nA woman was shot and killed in Dover on Friday, police said.\n"
    claims = extract_claims(nlp(text), doc_name="a.txt").claims
    implied = [c for c in claims if c.implied]
    assert [(c.text, c.value, c.subject) for c in implied] == [
        ("A woman was shot and killed", 1, "killed")
    ]
    assert implied[0].to_record()["implied"] is True
