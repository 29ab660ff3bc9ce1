"""wsubj67 (session 67): a window of time in the clause of a measure of some stuff ("dumped 600
millimetres of rain in 48 hours", "300 litres of rain fell in eight hours") names the stuff, as
the wire golds of three writers do ("rain"), beside the unit and the doing."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _subject(nlp, text: str, span: str) -> str:
    return next(c.subject for c in claims_of(nlp, text) if c.text == span)


@pytest.mark.parametrize(
    "text, span",
    [
        (
            "The storm could still dump more than 150 millimetres of rain on parts of Laos in "
            "36 hours, forecasters said.",
            "36 hours",
        ),
        (
            "The front stalled over the coast, dropping some 90 millimetres of hail on two "
            "districts in six hours.",
            "six hours",
        ),
        (
            "More than 250 litres of rain per square metre fell in six hours in the hills.",
            "six hours",
        ),
    ],
)
def test_a_window_of_a_measured_stuff_names_the_stuff(nlp, text, span):
    subject = _subject(nlp, text, span).split()
    assert subject[0] == "hours"
    assert "rain" in subject or "hail" in subject


def test_a_window_of_a_plain_count_keeps_the_count(nlp):
    text = "The promoter sold 4,000 tickets in 12 hours, the company said."
    assert _subject(nlp, text, "12 hours") == "hours sold tickets"


def test_a_window_of_a_count_with_no_stuff_keeps_its_subject(nlp):
    # the subject counts people, with no "of" stuff: the window's subject is left as it was
    text = "Twelve people died in 24 hours at the camp, the agency said."
    assert _subject(nlp, text, "24 hours") == "hours people"
