"""fp3 (session 45): a set the article has just named one by one, counted again ("those five
states", "all three state polls") counts nothing; where its size is given first, it does."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, number",
    [
        (
            "The university polled voters in Ohio, in Florida and in Pennsylvania. "
            "The margin of error for all three state polls was 3 points.",
            "three",
        ),
        (
            "Sanders hopes to win Oregon and Kentucky. Montana, Nevada and Utah vote later. "
            "His campaign is running ads in those five states and Guam, which votes in June.",
            "five",
        ),
        (
            "Analysts at Morgan Stanley cited Exxon Mobil and Chevron as likely buyers. "
            "The two companies already share a pipeline.",
            "two",
        ),
        (
            "Lawmakers in Texas, Georgia and Arizona passed the bill. "
            "Of the three states, only Georgia asked the court to step in.",
            "three",
        ),
    ],
)
def test_a_named_set_counted_again_is_a_re_mention(nlp, text, number):
    assert number not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, number",
    [
        # the size given first: the noun is narrowed after it
        (
            "Voters in Ohio, Florida and Pennsylvania went to the polls. "
            "The three states that vote next week hold 200 delegates.",
            "three",
        ),
        # a word that picks a new set out of a larger one
        (
            "Voters in Ohio, Florida and Pennsylvania went to the polls. "
            "The two other states hold 90 delegates.",
            "two",
        ),
        # nothing named before it
        ("The three governors met in Denver on Monday to talk about roads.", "three"),
        # people are named in passing: a set of people is left to ``named_pairs``
        (
            "Pollster Ann Selzer said Ted Cruz led. Lee Miringoff agreed with her. "
            "The state will vote next month. Voters in the north were asked first. "
            "Voters heard arguments against all three leading candidates.",
            "three",
        ),
        # fewer named than counted
        (
            "Voters in Ohio and Florida went to the polls. All four states hold 300 delegates.",
            "four",
        ),
    ],
)
def test_a_size_that_re_mentions_no_named_set_stays_a_claim(nlp, text, number):
    assert number in mention_texts(nlp, text)


def test_a_bare_all_n_the_parse_hangs_on_a_verb_is_a_re_mention(nlp):
    text = (
        "Strategists think at least two mainstream candidates will move on to South Carolina, "
        "possibly all four."
    )
    assert "four" not in mention_texts(nlp, text)


def test_the_latter_two_is_a_re_mention(nlp):
    text = (
        "Black voters cared about jobs, wages and schools, and were most concerned about the "
        "latter two."
    )
    assert "two" not in mention_texts(nlp, text)
