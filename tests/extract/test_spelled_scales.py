"""Spelled numbers with several scale words read as one number (branch numw55, session 55).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("A hundred thousand people lined the parade route.", "A hundred thousand", 100000),
        ("Nearly two hundred thousand homes lost power.", "Nearly two hundred thousand", 200000),
        ("Three hundred million dollars went to the port.", "Three hundred million", 300000000),
        ("Four thousand five hundred workers walked out.", "Four thousand five hundred", 4500),
        (
            "One million two hundred thousand riders used the line.",
            "One million two hundred thousand",
            1200000,
        ),
        ("Two and a half million ballots were mailed.", "Two and a half million", 2500000),
    ],
)
def test_spelled_number_with_several_scales_is_one_figure(nlp, text, figure, value):
    claims = [c for c in claims_of(nlp, text) if c.text.startswith(figure)]
    assert len(claims) == 1
    assert claims[0].value == value


@pytest.mark.parametrize(
    ("text", "not_value"),
    [
        ("In two thousand sixteen the town built a school.", 2016),
        ("The two and a half terms she served were calm.", 2.5),
    ],
)
def test_year_or_half_before_a_noun_does_not_join_the_scale(nlp, text, not_value):
    assert not_value not in {c.value for c in claims_of(nlp, text)}
