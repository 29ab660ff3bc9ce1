"""Subjects of session 20 (`subjects23`). Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.evaluate import match_subject
from factcheck.extract.claims import extract_claims


def _subject_of(nlp, text: str, figure: str) -> str:
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c.subject for c in claims if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("The governor vowed to get the jobless rate down to 4 percent by 2030.", "4 percent", "rate"),
        ("The monthly rent was jacked up to $3,000 after the sale.", "$3,000", "rent"),
        ("He backs raising the state sales tax from the current 6 percent to 7 percent.",
         "6 percent to 7 percent", "tax"),
        ("The central bank has lifted its key rate to a range of 4.5%-4.75%.", "4.5%-4.75%", "rate"),
    ],
)  # fmt: skip
def test_level_a_thing_is_moved_to_names_the_thing(nlp, text, figure, noun):
    assert match_subject(_subject_of(nlp, text, figure), [noun])


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("In 2012, 51 percent of the electorate was female, 70 percent white and 12 percent "
         "black, exit polls showed.", "70 percent", "electorate"),
        ("In the survey, only 31 percent of residents said they trusted the council, compared "
         "with 38 percent in March.", "38 percent", "residents"),
    ],
)  # fmt: skip
def test_bare_share_after_a_share_of_a_whole_counts_that_whole(nlp, text, figure, noun):
    subject = _subject_of(nlp, text, figure)
    assert subject != "poll support"
    assert match_subject(subject, [noun])
