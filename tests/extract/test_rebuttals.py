"""A verdict or a correction on a stated figure disputes it (rebuttals.py).

Gold README, disputed: "someone contests the figure"; issue 11, implicit dispute: two figures
for the same thing. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

DISPUTED = "disputed"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a verdict on the statement just told
        ("Trump claimed that 30,000 jobs moved to Mexico last year. That is false.", "30,000"),
        ("The senator said 40 percent of the funds were wasted. That claim is untrue.", "40"),
        ("Brown said 9 million people lost coverage. It is not true.", "9 million"),
        # a verdict on a statement that holds the figure
        ("The mayor's claim that 500 officers quit is inaccurate, records show.", "500"),
        # a fact-checker's rating
        ("Smith said the county lost $4 million. PolitiFact rated the claim False.", "$4 million"),
        (
            "Jones said 12 plants closed. The Post's Fact Checker gave the claim Four Pinocchios.",
            "12",
        ),
        # a correction with another figure for the same thing
        (
            "Brown said 9 million people lost coverage. In fact, the number is closer to 2 "
            "million.",
            "9 million",
        ),
        (
            "Brown said 9 million people lost coverage. Actually, 2 million people lost coverage.",
            "9 million",
        ),
    ],
)
def test_a_figure_called_false_or_corrected_is_disputed(nlp, text, figure):
    assert DISPUTED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the correcting figure is not itself disputed
        (
            "Brown said 9 million people lost coverage. In fact, the number is closer to 2 "
            "million.",
            "2 million",
        ),
        # a negated verdict, or a true one
        ("Brown said 9 million people lost coverage. That is not false.", "9 million"),
        ("Brown said 9 million people lost coverage. That is true.", "9 million"),
        # said of a person, a plan or a thing, not of the statement
        ("Brown said 9 million people lost coverage. She is wrong.", "9 million"),
        ("The governor signed 12 bills. He said the critics were wrong about the plan.", "12"),
        ("The report said 300 homes burned. Residents said the false alarm scared them.", "300"),
        (
            "Clinton said 90 percent of her emails were kept. For that testimony, she earns "
            "Three Pinocchios.",
            "90 percent",
        ),
        # "in fact" that sets no other figure for the same thing against it
        ("The poll found 45 percent back her. In fact, her lead grew to 8 points.", "45 percent"),
        ("Officials said 20 people were hurt. In fact, the fire began in the kitchen.", "20"),
        # a figure the writer gives with no source is no statement called false
        ("About 40 people attended the rally. That is false, the organizers said.", "40"),
    ],
)
def test_no_verdict_on_the_figure_leaves_it_undisputed(nlp, text, figure):
    assert DISPUTED not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Trump said 30,000 jobs moved to Mexico. Sanders said that is false.", "30,000"),
        ("Trump said 30,000 jobs moved to Mexico. That is false, the union said.", "30,000"),
    ],
)
def test_a_verdict_someone_else_reports_disputes_the_figure(nlp, text, figure):
    assert DISPUTED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # no one asserts the verdict, or the speaker may be the figure's own source
        ("She said 3 people were shot. She was hoping that it was not true.", "3"),
        (
            "The ads had two aims, the mayor said. 'When I am called a liar, it is not true,' he said.",
            "two",
        ),
    ],
)
def test_a_verdict_no_one_else_asserts_disputes_nothing(nlp, text, figure):
    assert DISPUTED not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Trump said 30,000 jobs moved to Mexico, which PolitiFact rated False.", "30,000"),
        ("Trump said 30,000 jobs moved to Mexico, which is false.", "30,000"),
        (
            "Trump said 30,000 jobs moved to Mexico, a claim PolitiFact rated Mostly False.",
            "30,000",
        ),
    ],
)
def test_a_verdict_in_a_relative_clause_disputes_the_figure_it_hangs_from(nlp, text, figure):
    assert DISPUTED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Trump said 30,000 jobs moved to Mexico. PolitiFact rated the claim as false.", "30,000"),
        (
            "Trump said 30,000 jobs moved to Mexico. PolitiFact found the claim to be false.",
            "30,000",
        ),
        ("Trump said 30,000 jobs moved to Mexico. The claim has been debunked.", "30,000"),
        ("Trump said 30,000 jobs moved to Mexico. That claim is a lie.", "30,000"),
        ("Trump said 30,000 jobs moved to Mexico, but the figure is wrong.", "30,000"),
        (
            "Trump said that 30,000 jobs moved to Mexico. But that's not accurate, according to "
            "the Labor Department.",
            "30,000",
        ),
    ],
)
def test_verdict_adverbs_nouns_and_ratings_dispute_the_figure(nlp, text, figure):
    assert DISPUTED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Sanders said he won 7 of the last 8 contests. He is right.", "7"),
        # "wrong" and "not right" of a pronoun judge an act as often as a statement
        ("Police said 20 people were deported. That was wrong, the pastor said.", "20"),
        ("Police said 20 people were deported. That is not right.", "20"),
        # the verdict's statement holds no figure of these
        ("He signed 3 bills. The claim that he vetoed them is false.", "3"),
    ],
)
def test_a_verdict_on_another_statement_disputes_nothing(nlp, text, figure):
    assert DISPUTED not in kinds_of(nlp, text, figure)
