"""subj56: a figure whose subject is only a verb of saying ("say", "times said") names what is
said: the noun subject of the said clause; a pronoun there adds nothing."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, words",
    [
        (
            "Just over a third, 36 percent, say the county library deserves more money.",
            "36 percent",
            ("county", "library"),
        ),
        (
            "By nearly 3-1, they say school uniforms should be optional.",
            "nearly 3-1",
            ("school", "uniforms"),
        ),
        (
            "The poll found that roughly three times as many Texans said their electric bills had "
            "gone up.",
            "roughly three times",
            ("electric", "bills"),
        ),
    ],
)
def test_a_share_on_a_verb_of_saying_names_what_is_said(nlp, text, figure, words):
    subject = subject_of(nlp, text, figure).split()
    assert all(w in subject for w in words), subject


def test_a_pronoun_said_adds_nothing(nlp):
    subject = subject_of(nlp, "One in four say that will never happen.", "One in four")
    assert "that" not in subject.split()
