"""subjpn (session 42): a poll share's answer given as one adjective right after it
("41 percent favorable") joins the share's subject."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, answer",
    [
        ("The mayor is underwater at 38 percent favorable and 55 percent unfavorable.",
         "38 percent", "favorable"),
        ("The mayor is underwater at 38 percent favorable and 55 percent unfavorable.",
         "55 percent", "unfavorable"),
        ("The governor's rating stood at 44 percent positive to 47 percent negative.",
         "44 percent", "positive"),
        ("The governor's rating stood at 44 percent positive to 47 percent negative.",
         "47 percent", "negative"),
        ("On trade, the split is narrower: 41% liberal to 35% conservative.", "41%", "liberal"),
        ("On trade, the split is narrower: 41% liberal to 35% conservative.", "35%",
         "conservative"),
        ("The survey put Hale at 46 percent and Ortiz at 40 percent, with 8 percent undecided.",
         "8 percent", "undecided"),
        ("The levy drew 40 percent supportive, 45 percent opposed and 15 percent unsure.",
         "15 percent", "unsure"),
    ],
)  # fmt: skip
def test_poll_share_answer_adjective_joins_the_subject(nlp, text, figure, answer):
    subject = subject_of(nlp, text, figure)
    assert answer in subject.split(), subject


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The survey found 30 percent conservative voters in the district.", "30 percent"),
        ("Some 45 percent positive reviews came from critics abroad.", "Some 45 percent"),
    ],
)  # fmt: skip
def test_answer_adjective_before_a_noun_describes_the_noun(nlp, text, figure):
    subject = subject_of(nlp, text, figure)
    assert subject.split()[-1:] != [text.split(figure)[1].split()[0]], subject
