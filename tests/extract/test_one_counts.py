""" "One" beside its idiom words counts when it measures or stands for counted things (branch
numw55, session 55). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In one day, the campaign raised $40,000 from small donors.", "one day"),
        ("The index fell 6 percent in one day.", "one day"),
        ("The mayor trails by one point in the newest poll.", "one point"),
        ("The governor won the county by less than one point.", "less than one point"),
        ("Her approval rating gained one point in a month.", "one point"),
        ("He has been fined more than one time for the same offense.", "more than one"),
    ],
)
def test_one_before_an_idiom_word_that_measures_is_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("At one point, the crowd began to boo the speaker.", "one point"),
        ("One day, she said, the town will have its own hospital.", "One day"),
        ("At one time, the mill employed most of the valley.", "one"),
    ],
)
def test_one_in_an_idiom_of_time_stays_no_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's slate won four seats and the challengers won one.",
        "The incumbent leads in three of the surveys and her rival in one.",
    ],
)
def test_one_standing_for_things_the_sentence_counts_is_a_claim(nlp, text):
    assert "one" in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She needed a permit and applied for one in May.",
        "The council had two options, one for a park and one for housing.",
        "Of all the plans, the mayor liked the cheaper one.",
    ],
)
def test_one_as_a_pronoun_without_a_count_stays_no_claim(nlp, text):
    assert "one" not in mention_texts(nlp, text)


def test_only_one_person_acting_is_a_count(nlp):
    assert "one" in mention_texts(nlp, "Only one woman has chaired the county board.")


def test_one_person_acting_without_a_bound_stays_no_claim(nlp):
    assert "One" in mention_texts(nlp, "One woman laid flowers at the gate.", claims=False)
