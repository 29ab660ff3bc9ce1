"""A person telling their own finances gives partisan_source (part40; docs/gold-conventions.md
"Candidates and campaigns as a partisan source" (b): "its own finances and filings")."""

import pytest

from factcheck.extract import extract_claims


def caveat_kinds(nlp, text, figure):
    """The caveat kinds of the first extracted claim containing ``figure``."""
    claim = next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)
    return [c.kind.value for c in claim.caveats]


@pytest.mark.parametrize(
    ("text", "figure", "partisan"),
    [
        # income or holdings the person reported
        ("Mary Ellen Walsh reported $2 million in income from the firm.", "$2 million", True),
        ("Mary Ellen Walsh reported earning $2 million from the firm.", "$2 million", True),
        (
            "In her disclosures, Mary Ellen Walsh reports investments worth between $500,000 "
            "and $1 million.",
            "$500,000",
            True,
        ),
        (
            "Mary Ellen Walsh reported on her disclosure forms that a speaking fee was $40,000.",
            "$40,000",
            True,
        ),
        # the person's own word on their wealth
        ("Mary Ellen Walsh claims she is worth $3 billion.", "$3 billion", True),
        # a story of earnings told, no filing or word on one's wealth
        (
            "Mary Ellen Walsh said that when she was earning $24,000 a year, she rented a room.",
            "$24,000",
            False,
        ),
        # a policy's money
        (
            "Mary Ellen Walsh is proposing $275 billion in federal infrastructure investment.",
            "$275 billion",
            False,
        ),
        # not the person's own money
        ("Mary Ellen Walsh reported that the company lost $9 million.", "$9 million", False),
        ("Mary Ellen Walsh said John Reyes earned $2 million from the firm.", "$2 million", False),
        ("Mary Ellen Walsh said John Reyes is worth $3 billion.", "$3 billion", False),
    ],
)
def test_own_finances_are_a_partisan_source(nlp, text, figure, partisan):
    assert ("partisan_source" in caveat_kinds(nlp, text, figure)) is partisan
