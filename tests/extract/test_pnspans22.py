"""PolNeAR figure recall, session 20 (`pnspans22`): figures the extractor dropped."""

import pytest

from factcheck.extract import extract_claims


def claim_texts(nlp, text):
    return [c.text for c in extract_claims(nlp(text), doc_name="t").claims]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Owners of 500 acres or more, the top 2 percent, hold a third of the land.", "2 percent"),
        ("Those earning $1 million, the top 0.5 percent, got most of it, she said.", "0.5 percent"),
        ("Firms with 20 bids each, the top 5%, won most contracts, auditors said.", "5%"),
    ],
)
def test_percent_after_top_is_a_share_not_a_rank(nlp, text, figure):
    """Set off after the people it sizes, "the top 2 percent" states their share; "the top 1
    percent" alone only names a group (fpshape, session 41: ``group_percentiles.py``; realgold5,
    realgold24 golds call it a descriptor)."""
    assert figure in claim_texts(nlp, text)


def test_top_with_a_bare_count_stays_a_rank(nlp):
    assert claim_texts(nlp, "The top three finishers advanced to the final round.") == []


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        (
            "Over the past three-and-a-half years the fund doubled, she said.",
            "three-and-a-half years",
            3.5,
        ),
        ("The count took six and a half hours, officials said.", "six and a half hours", 6.5),
    ],
)
def test_and_a_half_span_of_time_is_one_figure(nlp, text, figure, value):
    claims = extract_claims(nlp(text), doc_name="t").claims
    assert [(c.text, c.value) for c in claims if c.text == figure] == [(figure, value)]


def test_and_a_half_descriptor_stays_a_descriptor(nlp):
    text = "They paved a two-and-a-half-acre parking lot."
    assert claim_texts(nlp, text) == []
