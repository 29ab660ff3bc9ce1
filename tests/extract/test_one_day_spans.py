"""notclaim55 (session 55): "one day" after "in", "within", "over", "during" or "for" is a span
("In one day, we raised $18,000", "suspended for one day"), a claim when it measures (gold README
"Multipliers and spans of time"); "One day, he will run" (someday) stays an idiom. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "In one day, the food bank collected $9,000 in gifts.",
        "The clerk was suspended for one day without pay.",
        "Tickets to the fair sold out within one day, the promoter said.",
    ],
)
def test_one_day_after_a_span_preposition_is_a_span(nlp, text):
    assert any("one day" in m.lower() for m in mention_texts(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "One day, she hopes to open a bakery on Main Street.",
        "We will win this seat one day, the chairman said.",
    ],
)
def test_one_day_meaning_someday_stays_an_idiom(nlp, text):
    assert not any("one day" in m.lower() for m in mention_texts(nlp, text))
