"""Candidates the article names in more ways: a title between the noun and the name, a plural
noun before a list of names, a possessive the tagger does not read as a person (rpart71).

docs/gold-conventions.md "Candidates and campaigns as a partisan source": a candidate's figure on
the race is partisan. The race rules need the article to mark the speaker as a candidate; news
copy writes "presidential candidate Sen. Tom Becker", "Democratic presidential candidates Jane
Holt and Mark Rivera", "Rivera’s campaign". Invented sentences.
"""

import pytest

from factcheck.extract.caveats.candidate_race import article_candidates
from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "GOP presidential candidate Dr. Sam Porter spoke in Iowa on Monday. Porter said "
            "Ann Lopez had spent $40 million on television ads.",
            "$40 million",
        ),
        (
            "Republican presidential candidate Sen. Tom Becker spoke in Iowa on Monday. Becker "
            "said Ann Lopez had spent $40 million on television ads.",
            "$40 million",
        ),
    ],
)
def test_a_candidate_named_after_a_title_counts_the_race(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Democratic presidential candidates Jane Holt and Mark Rivera made their cases in "
            "Iowa on Monday. Rivera said Holt had raised $12 million from Wall Street donors.",
            "$12 million",
        ),
        (
            "Democratic candidates Jane Holt and Mark Rivera answered the union's questions. "
            "Holt said Rivera had spent $9 million on ads in Nevada.",
            "$9 million",
        ),
    ],
)
def test_candidates_listed_after_a_plural_noun_count_the_race(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    "text",
    [
        "Mark Rivera toured Ohio on Monday. Rivera’s campaign did not answer questions.",
        "Sarah Kline toured Ohio on Monday. Kline’s campaign did not answer questions.",
    ],
)
def test_the_owner_of_a_campaign_is_a_candidate_however_the_name_is_tagged(nlp, text):
    owner = text.split(".")[1].split("’")[0].strip().lower()
    assert owner in article_candidates(nlp(text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Dr. Sam Porter, a heart surgeon, spoke in Iowa on Monday. Porter said the hospital "
            "had spent $40 million on new equipment.",
            "$40 million",
        ),
        (
            "The best candidate Viguerie argues is a governor. Viguerie said the group had "
            "spent $2 million on mailers.",
            "$2 million",
        ),
    ],
)
def test_a_titled_name_with_no_contender_noun_is_no_candidate(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
