"""wspan65 (session 65): the base a rate is counted against ("2,100 cases per 100,000
inhabitants", "one migrant for every 12 residents") is no claim of its own; the rate's figure
stays. Invented texts.

tests/wireg and tests/wiree golds: the base is inside the rate's one claim.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure", "base"),
    [
        ("The incidence reached 2,100 cases per 100,000 inhabitants.", "2,100", "100,000"),
        ("That is roughly one migrant for every 12 residents.", "roughly one", "12"),
        ("The city spent $4 per 1,000 voters last year.", "$4", "1,000"),
    ],
)
def test_base_of_a_rate_is_no_claim(nlp, text, figure, base):
    texts = mention_texts(nlp, text)
    assert any(t.startswith(figure) for t in texts)
    assert not any(base in t.split() for t in texts)


def test_figure_after_per_with_no_rate_before_it_stays(nlp):
    assert "1,000" in " ".join(mention_texts(nlp, "Officials counted 1,000 ballots per hour."))
