"""Casualties counted again as an object ("hitting all five", "wounding all three") and "one
of the victims" taken into care ("was discharged from a hospital") are claims
(docs/gold-conventions.md "Re-mentions": a re-mention that states the counted status; the
vocabulary of care; branch num54, session 54). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Two men got out of a car and began shooting, hitting all five, police said.", "five"),
        ("The gunman opened fire on the porch, wounding all three.", "three"),
        ("A driver plowed into the group, striking all four.", "four"),
    ],
)  # fmt: skip
def test_all_n_as_object_of_harm_is_a_count(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The coach named Lee, Ruiz and Chen; she carried all three.", "three"),
        ("The voters backed all four on the ballot.", "four"),
    ],
)  # fmt: skip
def test_all_n_as_object_of_other_verbs_stays_a_re_mention(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Three people were stabbed. One of the victims was discharged from a hospital Friday.",
        "Police said one of the victims was treated at Lakeview Medical Center.",
    ],
)
def test_one_of_the_victims_in_care_is_a_count(nlp, text):
    texts = mention_texts(nlp, text)
    assert "One" in texts or "one" in texts


@pytest.mark.parametrize(
    "text",
    [
        "One of the suspects was released from jail on Monday.",
        "One of the soldiers was discharged from the Army in 2019.",
        "One of the workers was treated unfairly, the union said.",
    ],
)
def test_one_of_them_released_elsewhere_is_no_count(nlp, text):
    texts = mention_texts(nlp, text)
    assert "One" not in texts and "one" not in texts
