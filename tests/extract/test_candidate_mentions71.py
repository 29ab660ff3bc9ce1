"""Candidates the article marks by a later description or an opening gerund (rpart71).

docs/gold-conventions.md "Candidates and campaigns as a partisan source". News copy often names
the candidate first and describes them in the next sentence ("Jane Holt has a plan. The
Democratic presidential candidate said ..."), or opens with what they won ("After winning Ohio in
the primary, Gov. Tom Becker said ..."). Invented sentences.
"""

import pytest

from factcheck.extract.caveats.candidate_race import article_candidates
from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hillary Clinton has a word for the plan. The Democratic presidential candidate "
            "blasted the idea on Wednesday.",
            "clinton",
        ),
        (
            "Sarah Kline spoke to reporters in Ohio. The Republican front-runner said the race "
            "was hers to lose.",
            "kline",
        ),
        (
            "On Tuesday, after winning Ohio in the Republican presidential primary, Gov. Tom "
            "Becker said he would go on to the convention.",
            "becker",
        ),
        (
            "After beating Tom Reyes in Nevada, Sarah Kline flew to Texas.",
            "kline",
        ),
    ],
)
def test_a_person_described_or_winning_is_a_candidate(nlp, text, name):
    assert name in article_candidates(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Kline spoke in Ohio. The best candidate would win easily.",
        "Sarah Kline spoke in Ohio. The eventual nominee will need 1,237 delegates.",
        "Sarah Kline spoke in Ohio. She said the candidate should be a governor.",
        "After reading the report, Sarah Kline called the mayor.",
    ],
)
def test_a_wished_or_future_contender_or_another_gerund_marks_no_one(nlp, text):
    assert "kline" not in article_candidates(nlp(text))


def test_a_candidate_named_again_counts_the_race(nlp):
    text = (
        "Sarah Kline spoke to reporters in Ohio on Monday. The Republican front-runner said "
        "Tom Reyes had spent $30 million on ads. Kline said Reyes had spent $30 million more."
    )
    assert PARTISAN in kinds_of(nlp, text, "$30 million")
