"""A multiplier verb with its object, and a one-word multiple, are figures (multiplier_verbs)."""

from __future__ import annotations

from tests.conftest import claim_named, claim_texts


def test_infinitive_multiplier_with_object_is_a_figure(nlp):
    claim = claim_named(nlp, "The province plans to triple wheat exports by 2030.", "triple")
    assert claim is not None and claim.value == 3


def test_gerund_multiplier_with_object_is_a_figure(nlp):
    claim = claim_named(nlp, "The senator has called for doubling the fees on permits.", "doubling")
    assert claim is not None and claim.value == 2


def test_multiplied_object_is_the_subject(nlp):
    claim = claim_named(nlp, "The senator has called for doubling the fees on permits.", "doubling")
    assert "fees" in claim.subject


def test_qualified_fold_word_is_a_bounded_figure(nlp):
    claim = claim_named(
        nlp,
        "She backed raising the quota, at one point by as much as sixfold.",
        "as much as sixfold",
    )
    assert claim is not None and claim.value == 6 and claim.approx.value == "upper_bound"


def test_bare_fold_word_is_a_figure(nlp):
    assert "tenfold" in claim_texts(nlp, "Rents in the district rose tenfold.")


def test_fold_word_of_a_change_noun_is_a_figure(nlp):
    assert "threefold" in claim_texts(nlp, "The plan brought a threefold increase in costs.")


def test_rhetorical_fold_word_is_not_a_figure(nlp):
    assert claim_texts(nlp, "If you help me, I will give it back tenfold.") == []


def test_multiplier_verb_without_object_is_not_read(nlp):
    assert claim_texts(nlp, "The guards double as drivers on weekends.") == []


def test_doubling_down_is_an_idiom(nlp):
    assert claim_texts(nlp, "The mayor is doubling down on his attacks.") == []


def test_doubled_down_with_a_hyphen_is_the_same_idiom(nlp):
    assert claim_texts(nlp, "The mayor doubled-down on his claim about the budget.") == []


def test_double_digit_after_to_is_no_figure(nlp):
    text = "Costs climbed, from higher rents to double-digit fare increases."
    assert claim_texts(nlp, text) == []
