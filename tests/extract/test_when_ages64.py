"""Not claims, session 64 (rg64): a bare number that "be" says of any personal pronoun in a
"when" clause is an age ("teased when they're 60"), as "when he was around 10" was.

Sentences are invented, parallel to real cases (realgold48).
"""

import pytest

from tests.conftest import claim_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("“Voters get cynical when they’re 60,” Ortiz said.", "60"),
        ("Lee shot back: “It can start when you’re 40.”", "40"),
        ("When we were 30, we bought a house on Elm Street.", "30"),
    ],
)
def test_age_after_a_pronoun_in_a_when_clause_is_not_a_claim(nlp, text, figure):
    assert figure not in claim_texts(nlp, text)


def test_margin_after_a_pronoun_in_a_when_clause_stays_a_claim(nlp):
    text = "The game ended when they were 12 points behind."
    assert "12 points" in claim_texts(nlp, text)
