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


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        (
            "Her aides say she can still close the gap in committed delegates, which stood at"
            " 188 before the vote, according to the party.",
            "188",
            "delegates",
        ),
        (
            "The jobless rate, which rose to 5.1 percent in May, is the highest in years.",
            "5.1 percent",
            "rate",
        ),
    ],
)
def test_relative_which_counts_its_antecedent(nlp, text, figure, noun):
    assert match_subject(_subject_of(nlp, text, figure), [noun])


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The bloc agreed on Monday to give Morvania €40 million to patrol its coast.",
            "€40 million",
        ),
        ("Canada said it would provide US$2 million through aid agencies.", "US$2 million"),
    ],
)
def test_money_handed_over_is_funding(nlp, text, figure):
    assert match_subject(_subject_of(nlp, text, figure), ["funding"])


def test_donors_giving_keep_their_verb(nlp):
    subject = _subject_of(nlp, "Donors giving $150 or less made up most of the haul.", "$150")
    assert not match_subject(subject, ["funding"])


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        ("Surveys show Delgado up by 7 points in the next primary state.", "7 points", ["lead"]),
        (
            "In Ohio, he is up an average of 4.5 percentage points, according to the tracker.",
            "4.5 percentage points",
            ["lead"],
        ),
        (
            "That share is up three percentage points from a survey taken in June.",
            "three percentage points",
            ["up"],
        ),
    ],
)
def test_points_up_name_a_lead_or_a_rise(nlp, text, figure, words):
    subject = _subject_of(nlp, text, figure)
    assert match_subject(subject, words)
    assert not match_subject(subject, ["points"])


def test_relative_clause_with_its_own_object_keeps_its_measure(nlp):
    # a distance that only places the scene ("some 30 meters (yards) away from a base") is no
    # claim since session 67 (not_claims/event_distances.py); a measured size still is
    text = "Officials blamed a large blast that dug a crater some 3 meters (10 feet) deep."
    assert not match_subject(_subject_of(nlp, text, "some 3 meters"), ["blast"])


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("What they want is simple: making $18 an hour and a union contract.", "$18"),
        ("New hires earn up to $4 an hour less than veterans for the same shifts.", "up to $4"),
    ],
)
def test_money_by_the_hour_is_a_wage(nlp, text, figure):
    assert match_subject(_subject_of(nlp, text, figure), ["wage"])


def test_money_by_the_hour_before_its_noun_keeps_the_noun(nlp):
    text = "She supports a $14 an hour minimum wage for all clerks."
    assert match_subject(_subject_of(nlp, text, "$14"), ["minimum wage"])
