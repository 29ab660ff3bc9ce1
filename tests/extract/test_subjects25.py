"""Subjects of session 22 (`subjects25`). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.evaluate import match_subject
from factcheck.extract.claims import extract_claims


def _subject_of(nlp, text: str, figure: str) -> str:
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c.subject for c in claims if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "whole"),
    [
        ("The mayor lost four races last year. This spring she won two of the three "
         "municipal elections she entered.", "two of the three", "elections"),
        ("The league suspended 12 players in May. Later it fined 18 of the 20 visiting "
         "teams for delays.", "18 of the 20", "teams"),
    ],
)  # fmt: skip
def test_share_whose_whole_has_its_own_noun_is_not_an_ellipsis(nlp, text, figure, whole):
    subject = _subject_of(nlp, text, figure)
    assert match_subject(subject, [whole]), subject
