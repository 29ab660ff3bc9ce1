"""subj56c (session 56): a poll share whose subject names only poll support or a verb, in a
sentence that names one kind of rating, measures that rating ("a negative 41%-52% approval
rating", "hovering near 62%" beside "a high approval rating")."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure",
    [
        ("In the new poll, Lee leads Ortiz 47% to 40% among likely voters. He has a negative"
         " 41%-52% approval rating.", "41%"),
        ("In the new poll, Lee leads Ortiz 47% to 40% among likely voters. He has a negative"
         " 41%-52% approval rating.", "52%"),
        ("The governor had a high approval rating -- by November, he was hovering near 62% --"
         " but the scandal hurt him.", "near 62%"),
    ],
)  # fmt: skip
def test_unnamed_share_takes_the_rating_of_its_sentence(nlp, text, figure):
    assert subject_of(nlp, text, figure) == "approval rating"


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        # the share names its own group
        ("The mayor's approval rating is 41%, and 52% of voters support the levy.", "52%",
         "voters"),
        # two kinds of rating: which one is not told
        ("His approval rating fell while his favorability ratings held, and he is hovering near"
         " 40%.", "near 40%", None),
    ],
)  # fmt: skip
def test_share_keeps_its_subject_without_one_rating(nlp, text, figure, expected):
    subject = subject_of(nlp, text, figure)
    if expected is None:
        assert "rating" not in subject, subject
    else:
        assert subject == expected, subject
