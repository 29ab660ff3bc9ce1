"""fp51 (session 51): people counted before, named again by "the" + number + a plain noun, with a
predicate that says nothing of what happened to them, are a re-mention (docs/gold-conventions.md,
"Re-mentions"); a role, a casualty, care or custody keeps the count, and so does a first mention."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "A man shot his wife in front of their four children on Elm Street. A neighbor said the "
        "four children from the home came to her house after the shots.",
        "Three men were shot outside a bar on Friday. The three men were friends from school.",
        "Police charged the mother after her two children found the pistol. A photo posted "
        "online shows the two children holding a gun.",
    ],
)
def test_a_plain_re_mention_of_counted_people_is_not_a_claim(nlp, text):
    claims = mention_texts(nlp, text)
    assert len(claims) == 1, claims  # the first count only


@pytest.mark.parametrize(
    "text, number",
    [
        # the predicate states care or custody
        ("Two women were shot on Main Street. The two women were taken to County General.", "two"),
        ("Three men robbed the store on Friday. The three men are still at large.", "three"),
        # the phrase states the role
        (
            "Four people were shot at the party. The four people who were wounded are recovering.",
            "four",
        ),
        # custody said where the parse hangs "at large" on the day
        (
            "Two suspects shot seven people at a lodge. The two men were still at large Sunday "
            "and no other details were released.",
            "two",
        ),
        # the whole of a part, and a new set picked out by "other"
        ("Four people were shot on Elm Street. None of the four people shot face charges.", "four"),
        (
            "Three women sat in the car. Nobody knows who shot him and the three other women.",
            "three",
        ),
    ],
)
def test_a_re_mention_that_states_what_happened_stays_a_claim(nlp, text, number):
    assert [t.lower() for t in mention_texts(nlp, text)].count(number) == 2


def test_a_first_mention_with_the_is_a_claim(nlp):
    text = "A neighbor said the four children from the home came to her house after the shots."
    assert "four" in mention_texts(nlp, text)
