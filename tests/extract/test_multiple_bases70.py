"""wsubj70 (session 70): a multiple or a half followed by a noun phrase is taken of that noun
("nearly double the number for June", "three times the company's figure", "less than half the
average"): the subject names it, not the figure before whose count the multiple restates.

Gold README "Multipliers"; issue 11 (a comparison takes the noun it is set against); tests/
wiree, wiref, wirej, wirel, wirex, wire2d, wire2f, wire2j and realgold4 golds. Sentences are
invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        (
            "Coast guards stopped 2,100 people at sea in June, nearly double the number for "
            "the same month last year.",
            "nearly double",
            "number",
        ),
        (
            "The regulator puts the leak at 6,000 barrels, more than four times the company's "
            "figure.",
            "more than four times",
            "figure",
        ),
        (
            "The harvest would be less than half the average of the past decade.",
            "less than half",
            "average",
        ),
        ("Lorvia heat deaths nearly 8 times official toll, report says", "nearly 8 times", "toll"),
    ],
)
def test_a_multiple_takes_the_noun_it_is_taken_of(nlp, text, figure, word):
    assert word in subject_of(nlp, text, figure).replace("'s", "").split()


def test_a_multiple_before_a_span_of_time_is_how_often(nlp):
    text = "Volunteers could drive in twice a week before the road closed."
    assert "week" not in subject_of(nlp, text, "twice").split()


def test_a_measure_word_base_keeps_the_figure_s_own_subject(nlp):
    text = (
        "The agency said it had received 2,300 reports of scam calls since Friday, nearly "
        "triple the number in the whole of May."
    )
    words = subject_of(nlp, text, "nearly triple").split()
    assert "reports" in words and "number" in words


def test_a_base_the_subject_already_names_is_left_alone(nlp):
    text = "More than half the people who met the minister gave money to his charity."
    assert "gave" in subject_of(nlp, text, "More than half").split()
