"""Contenders read from what they do in the race are candidates (`partisan33`, session 26).

docs/gold-conventions.md "Candidates and campaigns as a partisan source": a candidate on the
race it runs in is a party to it. The article sets a person in the race by what they do in it:
the subjects of a contender's verb, the one a contender leads or beats, the named subject
owning a campaign or a bid through "his"/"her", the subject of a clause naming a fellow
contender. Invented sentences.
"""

import pytest

from factcheck.extract.caveats.contenders import race_contenders
from tests.conftest import kinds_of

PARTISAN = "partisan_source"
WON = ' "Lopez has won 300 delegates so far," Bauer said.'


@pytest.mark.parametrize(
    ("text", "contender"),
    [
        ("Senator Tom Bauer and Ana Lopez campaigned across Ohio on Monday.", "bauer"),
        ("Mary Walsh leads Tom Bauer by nine points in a new poll.", "bauer"),
        ("Tom Bauer suspended his campaign on Monday after a poor showing.", "bauer"),
        ("Tom Bauer muddled a row that has dogged his candidacy for months.", "bauer"),
        ("Tom Bauer took swipes at fellow contender Ana Lopez on Monday.", "bauer"),
    ],
)
def test_a_person_doing_or_owning_what_a_contender_does_is_a_contender(nlp, text, contender):
    assert contender in race_contenders(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        # a volunteer's own effort, a voter's vote, another subject between
        "Tom Bauer said his campaign experiment for the mayor was short-lived.",
        "Tom Bauer said he cast his vote for the mayor on Monday.",
        "Tom Bauer said the mayor had ended his bid on Monday.",
        # "who" is Bauer, and "his" in its clause may be another's
        "Mr. Tom Bauer, who has endorsed Mr. Ed Kemp and criticized his campaign, spoke.",
    ],
)
def test_a_person_near_a_campaign_word_is_not_a_contender(nlp, text):
    assert "bauer" not in race_contenders(nlp(text))


def test_a_contender_counting_the_race_is_partisan(nlp):
    text = "Tom Bauer took swipes at fellow contender Ana Lopez on Monday." + WON
    assert PARTISAN in kinds_of(nlp, text, "300")


def test_the_same_count_from_a_person_not_in_the_race_is_not_partisan(nlp):
    text = "Tom Bauer, a county clerk, toured Ohio on Monday." + WON
    assert PARTISAN not in kinds_of(nlp, text, "300")


CANDIDATE = "Presidential candidate Ana Lopez toured Ohio on Monday. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (CANDIDATE + '"For four debates now the hall has been packed with donors," Lopez said.',
         "four"),
        (CANDIDATE + '"I only lost one debate to him," Lopez said.', "one"),
    ],
)  # fmt: skip
def test_a_candidate_counting_the_race_s_debates_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (CANDIDATE + '"The people of Ohio have voted for me three times," Lopez said.',
         "three times"),
        (CANDIDATE + '"Voters here voted for me twice," Lopez said.', "twice"),
    ],
)  # fmt: skip
def test_a_candidate_counting_the_times_voters_voted_for_it_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a hope, and a vote on a matter that is no one's vote for someone
        (CANDIDATE + '"If they would vote for me twice, I would win," Lopez said.', "twice"),
        (CANDIDATE + '"The council voted three times on the budget," Lopez said.',
         "three times"),
    ],
)  # fmt: skip
def test_a_hoped_vote_or_a_vote_on_a_matter_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
