"""A body's size written as a compound ("a seven-member panel") is a claim (realgold8,
realgold10, realgold14 golds); other compounds stay descriptors (gold README)."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, claims",
    [
        ("The nine-member board would be run by the governor's allies.", ["nine"]),
        ("The 31-member state committee will meet in private.", ["31"]),
        ("He lives in a five-story building.", []),
    ],
)
def test_size_of_a_body_is_a_claim_but_other_compounds_are_not(nlp, text, claims):
    assert mention_texts(nlp, text) == claims
