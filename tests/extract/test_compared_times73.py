"""A figure set against the one before it ("up from", "down from", "compared with", "against")
counts what that figure counts, then or there: its own phrase of time or place follows the
subject (subjects/compared_times.py). Invented sentences.
"""

import pytest

from factcheck.extract import extract_claims


def _subjects(nlp, text):
    return {c.text: c.subject for c in extract_claims(nlp(text), doc_name="t").claims}


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "Copper output reached 2.1 million tonnes last month, up from 1.8 million in March.",
            "1.8 million",
            "March",
        ),
        (
            "The ferry operator said 14 crew were still missing, down from 22 this morning.",
            "22",
            "this morning",
        ),
        (
            "Turnout was 48 percent, down from 55 percent at the last municipal election.",
            "55 percent",
            "last municipal election",
        ),
        (
            "Tin prices rose to $31 a kilo on Monday from $28 a week earlier, traders said.",
            "$28",
            "a week earlier",
        ),
    ],
)
def test_a_compared_figure_keeps_its_time_after_the_thing(nlp, text, figure, words):
    subject = _subjects(nlp, text)[figure]
    assert subject.endswith(words)
    assert subject != words


def test_a_range_from_one_figure_to_another_adds_nothing(nlp):
    subjects = _subjects(
        nlp, "The town council raised the parking levy from 12 percent to 15 percent."
    )
    assert "15" not in subjects["12 percent"]
    assert "to" not in subjects["12 percent"].split()


def test_a_figure_from_a_source_is_no_comparison(nlp):
    subjects = _subjects(nlp, "Swabs from 40% of the 90 wells showed the bacteria.")
    assert "showed" not in subjects["40%"]


def test_a_bound_of_the_figure_itself_is_no_comparison(nlp):
    subjects = _subjects(nlp, "A heat wave pushed readings above 45 degrees Celsius on Tuesday.")
    assert "Tuesday" not in subjects["above 45 degrees"]


def test_another_figure_after_the_compared_one_is_left_out(nlp):
    subjects = _subjects(
        nlp, "Crews repaired 70 percent of the pumps, up from 40 percent of roughly 2,000 pumps."
    )
    assert "roughly" not in subjects["40 percent"]
