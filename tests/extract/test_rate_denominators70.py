"""rspan70 (session 70): the base of a rate whose figure stands before a noun with an "of"
phrase ("6 incidents of violent crime for every 1,000 residents") is no claim of its own, as
the base of "2,100 cases per 100,000" (rate_denominators.py). Invented texts.

realgold10's gold writes such a base a not-claim ("denominator").
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure", "base"),
    [
        (
            "The town logged about 6 incidents of violent crime for every 1,000 residents.",
            "about 6",
            "1,000",
        ),
        ("There were 12 cases of measles per 100,000 children.", "12", "100,000"),
        ("Inspectors found 9 cases of food poisoning per 10,000 meals.", "9", "10,000"),
    ],
)
def test_base_after_a_noun_with_an_of_phrase_is_no_claim(nlp, text, figure, base):
    texts = mention_texts(nlp, text)
    assert any(t.startswith(figure) for t in texts)
    assert not any(base in t.split() for t in texts)


def test_figure_after_per_past_a_verb_stays(nlp):
    text = "The clinic treated 40 patients, and it charged $5,000 per 100 doses."
    assert "$5,000" in " ".join(mention_texts(nlp, text))


def test_figure_far_before_per_across_a_clause_stays(nlp):
    text = "Some 30 nurses said the ward needed 2,000 more beds per year."
    assert any("2,000" in t for t in mention_texts(nlp, text))
