"""Subjects of session 19 (`subjects20`): the second figure of a pair counts for the other
side of its clause. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.evaluate import match_subject
from factcheck.extract.claims import extract_claims
from factcheck.extract.subjects.bare_figures import clause_word


def _subject_of(nlp, text: str, figure: str) -> str:
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c.subject for c in claims if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "side", "not_side"),
    [
        (
            "Hartfield went back to its zone defense to rout Northgate College 71-58 at home.",
            "58",
            "Northgate College",
            "Hartfield",
        ),
        (
            "Nurses favored Mendez 44 percent to 31 percent in the survey.",
            "31 percent",
            "Nurses",
            "Mendez",
        ),
    ],
)
def test_second_figure_of_pair_names_other_side(nlp, text, figure, side, not_side):
    subject = _subject_of(nlp, text, figure)
    assert match_subject(subject, [side])
    assert not match_subject(subject, [not_side])


@pytest.mark.parametrize(
    ("text", "figure", "side"),
    [
        # the side the first figure does not hold is kept
        ("In the new poll, Ortega led Brandt 51 percent to 38 percent.", "38 percent", "Brandt"),
        # a group polled is no side: both figures count it
        ("Republicans favored Ortega, 70 percent to 9 percent.", "70 percent", "Republicans"),
        # a range is no pair
        ("The council raised the fee from 40 to 55 for Ortega.", "55", "council"),
    ],
)
def test_second_figure_keeps_its_own_side(nlp, text, figure, side):
    assert match_subject(_subject_of(nlp, text, figure), [side])


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        ("So far in 2016, he has already lost his clients 12.4 percent.", "12.4 percent", "lost"),
        ("Inspectors say they have found nearly 300 more along the coast.", "nearly 300", "found"),
    ],
)
def test_figure_no_rule_names_takes_its_verb(nlp, text, figure, word):
    assert match_subject(_subject_of(nlp, text, figure), [word])


def test_clause_word_passes_over_empty_verbs(nlp):
    doc = nlp("Officers thought there might be as many as four.")
    assert clause_word(doc[8:9]) == ""  # "be" names nothing; not "think" above it


def test_times_fired_parsed_as_object_counts_how_often(nlp):
    text = "A witness said a man in a red jacket pulled a gun and fired four times at the crowd."
    subject = _subject_of(nlp, text, "four times")
    assert match_subject(subject, ["times"])
    assert not match_subject(subject, ["man"])


def test_headline_count_keeps_how_badly_hurt(nlp):
    assert match_subject(
        _subject_of(nlp, "3 Dead, 2 Critically Hurt In Crash", "2"), ["critically hurt"]
    )


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        ("Six were hurt and two died. One of those killed was the driver.", "One", "killed"),
        ("Police held nine men. Two of those arrested were minors.", "Two", "arrested"),
    ],
)
def test_share_of_described_pronoun_names_those_described(nlp, text, figure, word):
    assert match_subject(_subject_of(nlp, text, figure), [word])


@pytest.mark.parametrize(
    "text",
    [
        "Five were hurt. Two of them were taken to a hospital.",
        "Five were hurt, and two of those in the bus were taken to a hospital.",
    ],
)
def test_share_of_bare_pronoun_stays_an_ellipsis(nlp, text):
    assert match_subject(_subject_of(nlp, text, "two" if "bus" in text else "Two"), ["hurt"])
