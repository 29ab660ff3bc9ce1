"""wspan65 (session 65): "put" reports a figure only with "at"; "Some 300,000 people put their
savings in the fund" counts people, not sources. Invented texts.

tests/wiref gold: "More than 650,000 people put their trust in us" is a claim.
"""

from __future__ import annotations

from tests.conftest import mention_texts


def test_people_who_put_something_somewhere_are_counted(nlp):
    text = "Some 300,000 people put their savings in the fund, the regulator said."
    assert "Some 300,000" in mention_texts(nlp, text)


def test_officials_who_put_a_figure_at_are_sources(nlp):
    text = "Two officials put the toll at 45, the agency said."
    assert "Two" not in mention_texts(nlp, text)


def test_brokers_who_give_a_premium_are_sources(nlp):
    # wspan69: tests/wirep, wire2c, wire2e golds (three writers)
    text = "Premiums rose to 0.9% of a hull's value, three shipping brokers in Oslo said."
    texts = mention_texts(nlp, text)
    assert "three" not in texts
    assert "0.9%" in texts


def test_according_to_traders_counts_sources(nlp):
    text = "Rice sold for $512 a tonne, according to four traders in Hanoi."
    assert "four" not in mention_texts(nlp, text)


def test_traders_who_are_counted_stay_a_claim(nlp):
    text = "Police detained 14 traders at the market on Friday."
    assert "14" in mention_texts(nlp, text)
