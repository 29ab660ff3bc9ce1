"""A range of money whose high figure repeats the currency sign, written as one word
("$310-$325", "(£14m-£17m)"), is one range claim (currency_ranges.py). Invented sentences;
gold README "Span" and "approx" ("X-Y" is a range with value X and high Y)."""

from __future__ import annotations

import pytest

from factcheck.model import Approx
from tests.conftest import find_mention, mention_texts


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Traders quoted the cargo at $310-$325 a tonne on Monday.", "$310-$325"),
        ("The closure costs the port €12m-€15m (£10m-£13m) a week.", "£10m-£13m"),
        ("Analysts put the deficit at £1.6bn-£1.9bn this year.", "£1.6bn-£1.9bn"),
        ("A ticket now costs 900 rupees ($10.75-$11.20) at the gate.", "$10.75-$11.20"),
    ],
)
def test_range_with_the_currency_sign_on_both_figures_is_one_claim(nlp, text, claim):
    assert claim in mention_texts(nlp, text)


def test_range_with_a_repeated_sign_has_both_ends(nlp):
    doc, mention = find_mention(nlp, "Bids came in at $310-$325 a tonne.", "$310")
    assert mention.approx is Approx.RANGE
    assert mention.high is not None
    assert doc[mention.high[0] : mention.high[1]].text.endswith("325")


def test_range_with_a_repeated_sign_splits_into_sign_figure_hyphen_sign_figure(nlp):
    words = [t.text for t in nlp("Bids came in at $310-$325 a tonne.")]
    assert words[4:9] == ["$", "310", "-", "$", "325"]
