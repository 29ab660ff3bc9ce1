"""subj56b: money a verb of purpose says is for something is named with the purpose's object:
"pay $4 million to settle a wage lawsuit" is money for that lawsuit, not only "settlement"."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, words",
    [
        (
            "The hotel chain agreed to pay $4 million to settle a wage lawsuit brought by cooks.",
            "$4 million",
            ("settlement", "wage lawsuit"),
        ),
        (
            "The governor wants to spend $2 billion to rebuild the valley's roads.",
            "$2 billion",
            ("reconstruction", "roads"),
        ),
        (
            "The insurer set aside $90 million to compensate farmers hit by the flood.",
            "$90 million",
            ("compensation", "farmers"),
        ),
    ],
)
def test_money_for_a_purpose_names_the_purpose_object(nlp, text, figure, words):
    subject = subject_of(nlp, text, figure)
    assert all(w in subject for w in words), subject


def test_a_purpose_with_a_pronoun_object_keeps_its_noun_alone(nlp):
    subject = subject_of(
        nlp, "The town will borrow $3 million to repair it next year.", "$3 million"
    )
    assert "it" not in subject.split()
