"""wspan65 (session 65): an age bracket written in words ("children under four") or after
"aged" ("people aged over 70") names a group, as "voters under 30" does. Invented texts.

Gold README: ages used as descriptors are not claims (tests/wired, tests/corpus "children under
five", tests/wiree "People aged over 65").
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Nine of the confirmed cases are children under four, the ministry said.", "four"),
        ("People aged over 70 made up most of the deaths in the heatwave.", "70"),
        ("Those aged under 25 backed the opposition.", "25"),
    ],
)
def test_age_bracket_in_words_or_after_aged_is_no_claim(nlp, text, age):
    assert not any(age in claim.split() for claim in mention_texts(nlp, text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Nine of the confirmed cases are children under four, the ministry said.", "Nine"),
        ("Workers over 50 hours a week earn overtime, at over five percent.", "over five percent"),
    ],
)
def test_counts_around_a_bracket_stay_claims(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
