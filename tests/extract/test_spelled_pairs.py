"""Two spelled numbers joined by a hyphen are two numbers unless they compound (branch numw55,
session 55). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    ("text", "not_value"),
    [
        ("The board voted five-four to close the pool.", 9),
        ("The panel voted seven-six to advance the plan.", 13),
        ("Repairs will take two-three weeks.", 5),
    ],
)
def test_hyphened_pair_of_numbers_is_no_sum(nlp, text, not_value):
    assert not_value not in {c.value for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Twenty-five residents spoke at the hearing.", 25),
        ("One-hundred percent of the seats were filled.", 100),
        ("Ninety-nine homes were flooded.", 99),
    ],
)
def test_hyphened_compound_number_is_one_value(nlp, text, value):
    assert value in {c.value for c in claims_of(nlp, text)}
