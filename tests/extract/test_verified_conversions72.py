"""A bracketed conversion of a figure that could not be checked could not be checked either
(session 72, wniv72).

Gold README, "not_independently_verified" and "Currency conversions"; seven writers of the wire
tuning sets give the conversion the caveat of the figure it restates. Invented sentences.
"""

from tests.conftest import kinds_of

NIV = "not_independently_verified"


def test_a_conversion_of_an_unverified_sum_is_unverified(nlp):
    text = (
        "Depositors withdrew about 80 billion naira ($52m) in a week, two people familiar with "
        "the matter said. The bank said withdrawals were less than 30 billion naira. The BBC "
        "has not been able to verify either number."
    )
    assert NIV in kinds_of(nlp, text, "$52m")


def test_a_second_conversion_in_the_bracket_is_unverified(nlp):
    text = (
        "Depositors withdrew about 80 billion naira ($52m; £41m) in a week, two people familiar "
        "with the matter said. The BBC has not been able to verify the figure."
    )
    assert NIV in kinds_of(nlp, text, "£41m")


def test_a_conversion_of_a_checked_figure_stays_plain(nlp):
    text = "The central bank said depositors withdrew 80 billion naira ($52m; £41m) in a week."
    assert NIV not in kinds_of(nlp, text, "£41m")


def test_a_second_conversion_of_a_hedged_sum_is_hedged(nlp):
    text = "Losses were put at an estimated 9.2 billion yuan ($1.3bn; £1bn), the agency said."
    assert "hedged" in kinds_of(nlp, text, "£1bn")
