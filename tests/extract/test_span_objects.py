"""subj56: a span of time named by its unit and verb names the verb's object too ("crossed
paths over the past 15 years" -> "paths"; a sum as the object names what it is in); a pronoun
object or the span itself as the object adds nothing."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of, subject_of


@pytest.mark.parametrize(
    "text, figure, words",
    [
        (
            "The two aides vouched for the consultant, with whom they have shared offices over "
            "the past 12 years.",
            "12 years",
            ("shared", "offices"),
        ),
        (
            "It also moved its annual review to once every four years, and dropped the fee.",
            "four years",
            ("review",),
        ),
        (
            "She is pledging $90 million in park upgrades over six years.",
            "six years",
            ("park", "upgrades"),
        ),
    ],
)
def test_a_span_names_what_its_doing_was_done_to(nlp, text, figure, words):
    subject = subject_of(nlp, text, figure).split()
    assert all(w in subject for w in words), subject


@pytest.mark.parametrize(
    "text, figure, absent",
    [
        ("The coach brought it down to 40 players in three years.", "three years", "it"),
        ("She spent two years probing the agency.", "two years", "agency"),
    ],
)
def test_a_pronoun_or_the_span_itself_adds_no_object(nlp, text, figure, absent):
    assert absent not in subject_of(nlp, text, figure).split()


def test_an_object_of_people_leaves_the_span_out_of_the_key(nlp):
    # the README keeps durations out of the key; "civilians" would make the span a key count
    text = "He admitted to defrauding elderly civilians from his office over 14 months."
    claim = next(c for c in claims_of(nlp, text) if c.text.endswith("14 months"))
    assert "civilians" not in claim.subject.split()
    assert not claim.key
