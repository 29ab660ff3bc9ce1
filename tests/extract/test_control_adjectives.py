"""anonsrc (session 43): a reporting verb in the infinitive of "quick to", "careful to",
"eager to" speaks for the copula's subject ("Advisers to Mr. Lee are quick to point out that
he placed second in three contests"): gold README, "Source kinds". Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import SourceKind


def claim_of(nlp, text, figure):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c for c in claims if figure in c.text)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Advisers to Senator Pell are quick to point out that she has placed second in the "
            "last three contests.",
            "three",
            "Advisers to Senator Pell",
        ),
        (
            "Aides to Senator Pell were quick to note that she won 12 counties.",
            "12",
            "Aides to Senator Pell",
        ),
        (
            "The mayor was careful to note that 40 officers had been hired this year.",
            "40",
            "The mayor",
        ),
        (
            "Senator Pell was quick to add that the plan would cost $4 billion.",
            "$4 billion",
            "Senator Pell",
        ),
    ],
)
def test_the_subject_of_quick_to_say_is_the_source(nlp, text, figure, source):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == source
    assert claim.source.kind is not SourceKind.NONE
