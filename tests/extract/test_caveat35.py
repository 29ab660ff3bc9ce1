"""caveat35 (session 28): a supposing verb hedges what it supposes, not the figures that only
modify the act of supposing. "assumed control ... in three separate transactions" places the
act (realgold gold: not hedged); an "until ..." clause on "I think" is no part of what is
thought. What is assumed, presumed, believed or thought stays hedged. Likewise a span of time
in a phrase on a charging verb dates the charging ("Over the past two weeks, prosecutors
charged the officer"), while what is charged stays hedged. Invented sentences parallel to the
tuning and unannotated cases."""

from __future__ import annotations

import pytest

from tests.conftest import claim_texts, hedged_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the act of assuming placed in its transactions
        (
            "As the investors slowly assumed control of the mine in four separate deals, "
            "the company's debts grew.",
            "four",
        ),
        # a clause on the thinking, not in what is thought
        (
            "Until the voters have their say in at least two states, I think the field will "
            "stay crowded, the strategist said.",
            "at least two",
        ),
    ],
)
def test_a_figure_modifying_the_act_of_supposing_is_not_hedged(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Police assume 12 people drowned in the flood.", "12"),
        ("The suspect is presumed to have killed three people.", "three"),
        ("Officials believe four people were inside the house.", "four"),
        ("I think over 40 people are hurt, the witness said.", "over 40"),
        ("Rescuers assumed that nine climbers were still on the mountain.", "nine"),
    ],
)
def test_what_is_supposed_stays_hedged(nlp, text, figure):
    assert figure in hedged_texts(nlp, text)


def test_a_span_of_time_on_the_charging_verb_is_not_hedged(nlp):
    text = "Over the past three weeks, prosecutors charged the deputy with assault."
    assert "three weeks" in claim_texts(nlp, text)
    assert "three weeks" not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The clerk was charged with stealing $5,000 over two years.", "$5,000"),
        ("The treasurer was accused of taking $12,000 from the club.", "$12,000"),
        ("Prosecutors charged him with embezzling $40,000 in the past year.", "$40,000"),
    ],
)
def test_what_is_charged_stays_hedged(nlp, text, figure):
    assert figure in hedged_texts(nlp, text)
