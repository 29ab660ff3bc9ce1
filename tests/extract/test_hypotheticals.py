"""notclaim55 (session 55): a figure inside a case the writer sets up ("Suppose that the mayor
wins 20 precincts", "Imagine driving a car with three wheels", "Let's say a family earns
$50,000 a year") asserts nothing; a known figure named inside it ("the 500 mark", "(1,200)")
and a figure someone imagines of their own ("I can't imagine", "hard to imagine") stay claims.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Let's say a family earns $50,000 a year and rents its home.", "$50,000"),
        ("Suppose a voter waits two hours in line to cast a ballot.", "two hours"),
        ("For instance, suppose that the mayor wins 20 precincts, while Lee holds 10.", "20"),
        ("For instance, suppose that the mayor wins 20 precincts, while Lee holds 10.", "10"),
        ("Suppose the mayor wins 20 precincts. In that scenario, the board might set the bar at 15 precincts.", "15"),
        ("“Imagine driving a car with three wheels,” the mechanic said.", "three"),
        ("Or imagine a case when no bidder has crossed the 500 mark but each has seven votes.", "seven"),
    ],
)  # fmt: skip
def test_figure_of_an_imagined_case_is_not_a_claim(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)
    assert figure in mention_texts(nlp, text, claims=False)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Or imagine a case when no bidder has crossed the 500 mark but each has seven votes.", "500"),
        ("Suppose the council backs the levy (1,200 votes were needed) and the mayor signs it.", "1,200"),
        ("I can't imagine losing 12 games in a row, the coach said.", "12"),
        ("It is hard to imagine 40,000 people in that square.", "40,000"),
        ("The board supposes that 300 families will apply.", "300"),
        ("In that case, 14 people were charged, police said.", "14"),
    ],
)  # fmt: skip
def test_known_or_owned_figure_stays_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
