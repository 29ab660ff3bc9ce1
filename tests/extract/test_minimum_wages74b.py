"""Money whose subject is the bare noun "minimum" in an article about the minimum wage ("raise
the minimum to $14", "require a $13 minimum") is the minimum wage (hourly.py,
``minimum_wage``; realgold50 wash-post, realgold20 golds: "minimum wage", "wage"). In an
article that never writes "minimum wage" the subject stays as found. Invented texts."""

from __future__ import annotations

from tests.conftest import subject_of

_RAISE = (
    "Lawmakers weigh a pay raise.\n\n"
    "The state's minimum wage is $9 an hour. Raising the minimum to $14 would put the state "
    "ahead of all its neighbors, the governor said.\n"
)

_REQUIRE = (
    "Council backs pay plan.\n\n"
    "Supporters of a higher minimum wage packed the hearing on Tuesday.\n\n"
    "The mayor wants the city to require a $13 minimum by 2030.\n"
)

_FINE = "Council tightens rules.\n\nThe new rule raises the minimum to $500 for each violation.\n"


def test_money_the_minimum_is_raised_to_is_the_minimum_wage(nlp):
    assert subject_of(nlp, _RAISE, "$14") == "minimum wage"


def test_money_modifying_the_bare_minimum_is_the_minimum_wage(nlp):
    assert subject_of(nlp, _REQUIRE, "$13") == "minimum wage"


def test_a_minimum_in_an_article_without_a_minimum_wage_is_not_a_wage(nlp):
    assert subject_of(nlp, _FINE, "$500") == "minimum"
