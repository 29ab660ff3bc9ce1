"""subj30 (session 41): a span of time in which something was done names the doing, and a
few set phrases with "two" count nothing."""

from __future__ import annotations

import pytest

from tests.conftest import claim_texts, subject_of


@pytest.mark.parametrize(
    "text, figure, words",
    [
        ("The memoir has sold 90,000 copies in six months, the publisher said.", "six months",
         {"sold", "copies"}),
        ("The band recorded three albums in four years.", "four years", {"recorded", "albums"}),
        ("The county has built 40 schools within 12 years, officials said.", "within 12 years",
         {"built", "schools"}),
        ("The council completed its review within two weeks.", "within two weeks",
         {"completed", "review"}),
        ("The governor has shaken up his cabinet for the third time in five months.",
         "five months", {"shaken", "up", "cabinet"}),
        ("The senator took off ten days in 2019 when her son was born.", "ten days",
         {"took", "off"}),
        ("The district has not elected a woman to the council in 40 years.", "40 years",
         {"elected", "woman"}),
        ("The factory doubled its output in three years, the company said.", "three years",
         {"doubled", "output"}),
    ],
)  # fmt: skip
def test_span_of_time_in_which_something_was_done_names_the_doing(nlp, text, figure, words):
    subject = subject_of(nlp, text, figure)
    assert words <= set(subject.split()), subject


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The poll told a tale of two parties, one angry and one content.", "two"),
        ("At the park, the class divided in two and started a game.", "two"),
        ("The old oak split in two during the storm.", "two"),
        ("The protest left the town torn in two over the plan.", "two"),
        ("The branch snapped in two under the weight of the snow.", "two"),
        ("The chef cut in two the loaf she had baked that morning.", "two"),
        ("The old bridge broke in two during the flood last spring.", "two"),
        ("A vase lay broken in two on the floor of the gallery.", "two"),
        ("Critics called the budget a tale of two cities, one rich and one poor.", "two"),
    ],
)
def test_set_phrase_with_two_is_no_claim(nlp, text, figure):
    assert figure not in claim_texts(nlp, text)
