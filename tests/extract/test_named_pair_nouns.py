"""fp5 (session 47): a pair named again by any plural noun ("the two billionaires", "those two
gentlemen", "the two cases") counts nothing; a pair picked out of a larger set, restricted
after its noun, or counted in a casualty report stays a claim. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "Marta Quill said she met Oscar Brandt on Monday and that the two wealthy "
        "donors discussed the budget.",
        "I want to thank Anna Reyes and Tom Hale, because those two gentlemen got it started.",
        "Lena Ortiz won in Denver and Paul Kemper won in Tulsa. The two hometown winners "
        "smiled through their speeches.",
        "Analysts said Veltrix may buy Norcom. The two firms already share a lot of staff.",
        "Critics compared the Harlan inquiry with the Moss inquiry, but a former prosecutor "
        "said the two cases were quite different.",
    ],
)
def test_a_pair_named_again_by_any_noun_is_no_count(nlp, text):
    assert "two" in mention_texts(nlp, text, claims=False)
    assert "two" not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Ortiz and Paul Kemper spoke first. The two other speakers waited outside.",
        "Lena Ortiz praised Paul Kemper. The two chief rivals to the mayor skipped the forum.",
        "Lena Ortiz met Paul Kemper. The two deaths Thursday raised the county's total to 40.",
        "Lena Ortiz called Paul Kemper. The two wounded men were airlifted to a trauma center.",
    ],
)
def test_a_pair_counted_or_picked_out_stays_a_claim(nlp, text):
    assert "two" in mention_texts(nlp, text)
