"""subj52: a bare poll share that chooses, blames, finds or describes gives that answer in its
subject ("31 percent would choose Lind" -> "poll respondents would choose Lind"), as a share
that says, backs or opposes does; "describe themselves as liberal" keeps what they call
themselves."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of

CAMPUS = (
    "In the campus poll, twenty percent said they were more likely to back him, while 7 percent "
    "found it to be a drawback. Sixty percent said it made no difference. Thirty-one percent "
    "would choose Lind to be the next governor."
)


@pytest.mark.parametrize(
    "text, figure, answer",
    [
        (CAMPUS, "7 percent", "drawback"),
        (CAMPUS, "Thirty-one percent", "choose"),
        ("The survey found that 33 percent blame the mayor and 21 percent blame the council.",
         "21 percent", "council"),
        ("In the poll, 48% describe themselves as liberal on economic issues; 30% say they are "
         "conservative.", "48%", "liberal"),
    ],
)  # fmt: skip
def test_poll_share_answer_verb_joins_the_subject(nlp, text, figure, answer):
    assert answer in subject_of(nlp, text, figure).split()
