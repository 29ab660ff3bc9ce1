"""A candidate reported telling its own past acts is partisan (`partisan32`, session 25).

docs/gold-conventions.md "Candidates and campaigns as a partisan source" (b): a candidate on its
own record (its finances and filings, its conduct) is a party to it. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"
CAMPAIGN = "Presidential candidate Ana Lopez toured Ohio on Monday. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (CAMPAIGN + "Lopez says that she has released 12 years of tax returns.", "12 years"),
        (CAMPAIGN + "Lopez has said that she shredded 4,000 old memos in 2012.", "4,000"),
        (CAMPAIGN + "Lopez said that in the last three weeks she has visited every county.",
         "three weeks"),
    ],
)  # fmt: skip
def test_a_candidate_reported_telling_its_own_past_act_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a stand on a policy or a promise: a third matter
        (CAMPAIGN + "Lopez said that she had proposed a $14 minimum wage.", "$14"),
        (CAMPAIGN + "Lopez said that she would create 3 million jobs.", "3 million"),
        # a state, not an act
        (CAMPAIGN + "Lopez said that she has 11 grandchildren.", "11"),
        # not the speaker's own act: someone else's
        (CAMPAIGN + "Lopez said that the county lost 4,000 jobs last year.", "4,000"),
    ],
)
def test_a_candidate_on_a_stand_a_state_or_another_s_act_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


def test_a_speaker_the_article_does_not_mark_as_a_candidate_is_not_partisan(nlp):
    text = "Lopez, the county clerk, said that she had mailed 4,000 ballots in 2012."
    assert PARTISAN not in kinds_of(nlp, text, "4,000")
