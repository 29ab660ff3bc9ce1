"""wsubj70 (session 70): a capitalised answer label right before a share in a list of results
("Second chamber: No 61.2%, Yes 38.8%", a results box's "Undecided   7%") names what the share
counts: those who gave that answer.

Gold README "subject" (what is counted); tests/wire2e (a referendum's results) and realgold31
(a poll's results box) golds name the label. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A second chamber: No 61.2%, Yes 38.8%", {"61.2%": "No", "38.8%": "Yes"}),
        (
            "Should the ferry levy be scrapped?\n\nNo    54%.\n\nYes    39%.\n\nUndecided   7%.",
            {"54%": "No", "39%": "Yes", "7%": "Undecided"},
        ),
    ],
)
def test_an_answer_label_before_a_share_names_its_subject(nlp, text, expected):
    subjects = {c.text: c.subject for c in claims_of(nlp, text)}
    for figure, label in expected.items():
        assert label.lower() in subjects[figure].lower().split()


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the plan, the mayor said No 40 percent of the time.",
        "The mayor said no, 40 percent was too much.",
    ],
)
def test_a_no_inside_a_clause_is_no_answer_label(nlp, text):
    subjects = [c.subject for c in claims_of(nlp, text) if c.text == "40 percent"]
    assert subjects and "No" not in subjects[0].split() and "no" not in subjects[0].split()
