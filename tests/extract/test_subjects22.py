"""Subjects of session 20 (`subjects22`). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.evaluate import match_subject
from factcheck.extract.claims import extract_claims


def _subject_of(nlp, text: str, figure: str) -> str:
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c.subject for c in claims if c.text == figure)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Mayor Ortiz has a six-percentage-point lead over Weller in the survey.", "lead"),
        ("The senator holds a 4-point edge among older voters.", "edge"),
        ("Her 12-point deficit among rural voters worries her aides.", "deficit"),
    ],
)
def test_hyphened_points_name_the_noun_they_describe(nlp, text, noun):
    figure = next(w for w in text.split() if "-point" in w)
    assert match_subject(_subject_of(nlp, text, figure), [noun])


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Deputies said the man wounded a clerk before shooting himself in the chest.", "himself"),
        ("Officers said the woman fired at the car and then shot herself.", "herself"),
    ],
)
def test_reflexive_count_names_the_pronoun(nlp, text, pronoun):
    claims = extract_claims(nlp(text), doc_name="t").claims
    subject = next(c.subject for c in claims if c.text == pronoun)
    assert match_subject(subject, [pronoun])
    assert match_subject(subject, ["shot"])
