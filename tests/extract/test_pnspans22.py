"""PolNeAR figure recall, session 20 (`pnspans22`): figures the extractor dropped."""

import pytest

from factcheck.extract import extract_claims


def claim_texts(nlp, text):
    return [c.text for c in extract_claims(nlp(text), doc_name="t").claims]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The top 2 percent of households hold a third of the land, the study found.", "2 percent"),
        ("Nearly all the new wealth went to the top 0.5 percent, she said.", "0.5 percent"),
        ("The top 5% of bidders won most contracts, auditors said.", "5%"),
    ],
)
def test_percent_after_top_is_a_share_not_a_rank(nlp, text, figure):
    assert figure in claim_texts(nlp, text)


def test_top_with_a_bare_count_stays_a_rank(nlp):
    assert claim_texts(nlp, "The top three finishers advanced to the final round.") == []
