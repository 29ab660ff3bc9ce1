"""Under a charge, a relative clause opened by "where" or "when" describes the setting of the act
charged, which the charge takes as known: its figure is not alleged (caveat_scope.allegation;
docs/gold-conventions.md "Forecasts and beliefs": a relative or time clause is not what the
hedged clause asserts). What the act itself did stays hedged. Invented sentences."""

from tests.conftest import kinds_of

HEDGED = "hedged"


def test_figure_in_a_where_clause_on_the_charged_act_is_not_hedged(nlp):
    text = "The woman is accused of setting fire to a barn where 30 horses were kept."
    assert HEDGED not in kinds_of(nlp, text, "30")


def test_what_the_charged_act_took_stays_hedged(nlp):
    text = "The clerk is accused of stealing $9,000 from a shop where he worked."
    assert HEDGED in kinds_of(nlp, text, "$9,000")
