"""notclaim55 (session 55): the generic pronoun "one" before a modal ("One need look no further
than the budget", "as one might expect") counts nothing, even where the parse hangs it on the
modal as a number; "one" that counts a noun stays a claim. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "One need look no further than the county budget to see the problem.",
        "One must wonder what the council was thinking, the editor wrote.",
        "The crowd was calmer than one might expect, the chief said.",
    ],
)
def test_generic_one_before_a_modal_is_not_a_claim(nlp, text):
    assert not any(m.lower() == "one" for m in mention_texts(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police said one man was killed in the crash.",
        "The council approved one new school this year.",
    ],
)
def test_one_that_counts_a_noun_stays_a_claim(nlp, text):
    assert any("one" in m.lower() for m in mention_texts(nlp, text))
