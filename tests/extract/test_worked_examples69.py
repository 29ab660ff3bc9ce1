"""wspan69 (session 69): the value of an invented case a sentence opens with ("For a tanker
worth $35 million, that means ...") is no claim; the figure the case yields stays one.
Invented texts.

tests/wirep, tests/wire2c, tests/wire2e golds: three writers, each a not-claim.
"""

from __future__ import annotations

from tests.conftest import mention_texts


def test_value_of_an_invented_case_is_no_claim(nlp):
    text = (
        "Cover for Black Sea voyages rose to 1.2% of a hull's value, two brokers said. "
        "For a tanker worth $35 million, that means an extra $420,000 for one trip."
    )
    texts = mention_texts(nlp, text)
    assert "$35 million" not in texts
    assert "$420,000" in texts


def test_value_after_valued_at_is_no_claim(nlp):
    text = "On a cargo ship valued at $60 million, the new premium adds $90,000 a voyage."
    texts = mention_texts(nlp, text)
    assert "$60 million" not in texts
    assert "$90,000 a voyage" in texts or "$90,000" in texts


def test_value_of_a_reported_thing_stays_a_claim(nlp):
    text = "A vessel worth $35 million was seized off the coast on Monday, the navy said."
    assert "$35 million" in mention_texts(nlp, text)


def test_value_in_a_sentence_not_opened_by_the_case_stays_a_claim(nlp):
    text = "The insurer paid out for a tanker worth $35 million, the company said."
    assert "$35 million" in mention_texts(nlp, text)
