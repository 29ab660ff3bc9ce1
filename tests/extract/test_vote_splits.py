"""A split written as one word ("a 5-to-4 vote", "a 9-to-6 ruling") is one figure whose span
takes both numbers and whose value is the first (vote_splits.py; realgold35 gold). Invented
sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.model import Approx


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The board approved the plan in a 5-to-4 vote on Monday.", "5-to-4", 5),
        ("A panel upheld the rule by a 9-to-6 margin last week.", "9-to-6", 9),
        ("Critics feared a reliable 7-to-2 majority on the bench.", "7-to-2", 7),
    ],
)
def test_split_written_as_one_word_is_one_figure_of_its_first_number(nlp, text, span, value):
    claims = extract_claims(nlp(text), doc_name="t", text=text).claims
    assert [(c.text, c.value, c.high, c.approx) for c in claims] == [
        (span, value, None, Approx.EXACT)
    ]


def test_an_age_group_written_as_a_split_stays_an_age(nlp):
    text = "The survey of 18-to-34-year-olds came out on Monday."
    assert extract_claims(nlp(text), doc_name="t", text=text).claims == []
