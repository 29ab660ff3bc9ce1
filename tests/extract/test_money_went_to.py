"""Money followed by "on/in/into" and a common noun is named by what it went to
(money_went_to.money_went_to), whatever verb, list or total the figure stands in."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, thing",
    [
        (
            "The report showed $80,000 in payments for mailing lists to a printer, and $25,000 "
            "to a pollster, as well as $118,000 on field organizers in Ohio and Iowa.",
            "$118,000",
            "field organizers",
        ),
        (
            "The unions reported spending a combined total of more than $4 million on radio.",
            "more than $4 million",
            "radio",
        ),
        (
            "Jones sold the shares last year, but he earned between $500 and $1,000 in "
            "interest income from a closed account.",
            "between $500 and $1,000",
            "interest income",
        ),
    ],
)
def test_money_is_named_by_what_it_went_to(nlp, text: str, figure: str, thing: str) -> None:
    assert thing in subject_of(nlp, text, figure)
