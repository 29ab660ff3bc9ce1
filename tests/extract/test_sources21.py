"""Sources, session 19 (`sources21`): a plural group no one singles out is an anonymous
source, and carries the anonymous_source caveat.

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.extract import extract_claims
from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Progressive outside groups reported spending $4 million on radio ads.",
            "$4 million",
            ("Progressive outside groups", SourceKind.ANONYMOUS),
        ),
        (
            "Some Republicans said the party had spent $12 million on ads.",
            "$12 million",
            ("Some Republicans", SourceKind.ANONYMOUS),
        ),
        (
            "The groups reported spending $4 million on radio ads.",
            "$4 million",
            ("The groups", SourceKind.NAMED_ORG),
        ),
        (
            "Prosecutors said the scheme cost taxpayers $4 million.",
            "$4 million",
            ("Prosecutors", SourceKind.NAMED_ORG),
        ),
    ],
)
def test_plural_group_no_one_singles_out_is_anonymous(nlp, text, figure, expected):
    assert source_of(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "anonymous"),
    [
        (
            "Progressive outside groups reported spending $4 million on radio ads.",
            "$4 million",
            True,
        ),
        ("Some Republicans said the party had spent $12 million on ads.", "$12 million", True),
        ("A rights group estimated that 1,300 people were held.", "1,300", False),
    ],
)
def test_plural_group_no_one_singles_out_is_an_anonymous_source_caveat(
    nlp, text, figure, anonymous
):
    claim = next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)
    assert ("anonymous_source" in [c.kind.value for c in claim.caveats]) == anonymous
