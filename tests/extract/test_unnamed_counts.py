"""subj5 (session 47): a bare cardinal that nothing in its clause names, standing as the
clause's subject or after "at" or "for", counts what the figure just before it counts
(ellipsis), not nothing: "There are six voting blocs. Five are urban." -> the voting blocs."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, words",
    [
        ("There are seven regional voting blocs in the party. Four are rural.", "Four",
         {"blocs"}),
        ("Three other patients remained hospitalized on Friday. Two were at Mercy Hospital "
         "and one was at St. Luke's.", "Two", {"patients"}),
        ("A year ago we weren't at 30 or 35 percent. We were at 4 and 5 and 6.", "5",
         {"support"}),
    ],
)  # fmt: skip
def test_bare_count_counts_what_the_figure_before_it_counts(nlp, text, figure, words):
    subject = subject_of(nlp, text, figure)
    assert words <= set(subject.split()), subject
