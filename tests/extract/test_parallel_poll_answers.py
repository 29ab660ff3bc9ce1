"""subj56c (session 56): a poll share with no answer of its own, said in parallel to shares
before it in its sentence that gave answers, counts the answer its counterpart gave ("(40 percent
positive to 51 percent negative) ... (30 percent to 60 percent)")."""

from __future__ import annotations

import pytest

from factcheck.extract.subjects.parallel_answers import give_parallel_answers
from factcheck.model import Approx, Claim, Source, SourceKind
from tests.conftest import subject_of

_RATINGS = (
    "A poll of adults found that while Hale had a net negative rating of -9 points (41 percent"
    " positive to 50 percent negative) and Ortiz is far below at -25 points (33 percent to 58"
    " percent), Lee sits at +20 points (45 percent to 25 percent)."
)


@pytest.mark.parametrize(
    "text, figure, answer",
    [
        (_RATINGS, "33 percent", "positive"),
        (_RATINGS, "58 percent", "negative"),
        (_RATINGS, "45 percent", "positive"),
        (_RATINGS, "25 percent", "negative"),
    ],
)  # fmt: skip
def test_parallel_poll_share_takes_its_counterparts_answer(nlp, text, figure, answer):
    subject = subject_of(nlp, text, figure)
    assert answer in subject.split(), subject


def _share(start: int, subject: str, sentence: str = "s", text: str = "1 percent") -> Claim:
    return Claim(doc="d", start=start, end=start + 1, text=text, value=1.0, approx=Approx.EXACT,
                 subject=subject, source=Source("", SourceKind.NONE), unit="percent",
                 sentence=sentence)  # fmt: skip


def test_run_takes_answers_one_for_one():
    claims = [
        _share(0, "poll support among adults positive"),
        _share(10, "poll support among adults negative"),
        _share(20, "poll support among adults"),
        _share(30, "poll support among adults"),
    ]
    got = [c.subject for c in give_parallel_answers(claims)]
    assert got[2:] == ["poll support among adults positive", "poll support among adults negative"]


def test_respondents_answer_serves_a_support_share():
    claims = [_share(0, "poll respondents backing him before"), _share(10, "poll support")]
    assert give_parallel_answers(claims)[1].subject == "poll respondents backing him before"


@pytest.mark.parametrize(
    "earlier",
    [
        # a share before it that gave no answer: the pair is not parallel throughout
        ["poll respondents backing the levy", "Democratic voters"],
        # its counterparts are in another sentence
        ["poll support positive", "poll support negative"],
    ],
)
def test_generic_share_unchanged_without_parallel_answers(earlier):
    sentence = "other" if earlier[0].endswith("positive") else "s"
    claims = [_share(i, s, sentence) for i, s in enumerate(earlier)]
    claims += [_share(10, "poll support"), _share(20, "poll support")]
    got = [c.subject for c in give_parallel_answers(claims)]
    assert got[2:] == ["poll support", "poll support"]


def test_points_are_not_shares():
    claims = [
        _share(0, "poll support positive"),
        _share(5, "rating", text="-30 points"),
        _share(10, "poll support"),
    ]
    assert give_parallel_answers(claims)[2].subject == "poll support positive"
