"""A victim's name among a headline's people is counted as a person noun is ("Jamal Carter, 19,
shot dead outside store"), with the name alone as its span, where the article names that
person and tells a shooting (headline_names.py; gold README "Implied counts" and "Headlines";
invented articles)."""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims, parse_text

_BODY = "\nJamal Carter, 19, was shot and killed outside a store Saturday, police said."


def _headline_counts(nlp, text: str) -> list[tuple[str, int]]:
    end = text.find("\n")
    claims = extract_claims(parse_text(nlp, text), doc_name="t", text=text).claims
    return [(c.text, c.value) for c in claims if c.implied and c.start < end]


@pytest.mark.parametrize(
    "headline",
    [
        "Jamal Carter, 19, shot dead outside store",
        "Family mourns Jamal Carter, killed in weekend shooting",
        "Vigil held for Jamal Carter, shot and killed Saturday",
        "Family Mourns Jamal Carter, Killed In Weekend Shooting",
        "Jamal Carter, 19, Shot Dead Outside Store",
    ],
)
def test_a_named_victim_in_a_headline_is_counted(nlp, headline):
    assert _headline_counts(nlp, headline + _BODY) == [("Jamal Carter", 1)]


def test_a_name_hurt_by_no_shooting_is_no_casualty(nlp):
    text = "Hillary Clinton hurt by email probe\nHillary Clinton lost ground in a new poll."
    assert _headline_counts(nlp, text) == []
