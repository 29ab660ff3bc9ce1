"""Session 33 (gvasrc41): a "they" or "it" after a police force or office named as the subject
of what it did stands for that subject's whole phrase. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    "text, figure, source",
    [
        (
            "The Marlow County Sheriff's Office is looking into the shooting. "
            "They say three men were wounded.",
            "three",
            "The Marlow County Sheriff's Office",
        ),
        (
            "The Marlow County Sheriff's Office arrested a woman after they say her nephew "
            "fired four shots.",
            "four",
            "The Marlow County Sheriff's Office",
        ),
        (
            "Kenton police are looking into the shooting. They say three men were wounded.",
            "three",
            "Kenton police",
        ),
        (
            "Police in Marlow County are looking into the shooting. They say three men were "
            "wounded.",
            "three",
            "Police in Marlow County",
        ),
        (
            "The Kenton Police Department is looking into the shooting. It said three men were "
            "wounded.",
            "three",
            "The Kenton Police Department",
        ),
    ],
)
def test_pronoun_after_a_force_named_as_subject_is_that_force(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    "text, figure, source",
    [
        (  # the last speaker still wins over a force that only acted
            "Kenton police are looking into the shooting. Neighbors said the gunman fled. "
            "They said three men were wounded.",
            "three",
            "Neighbors",
        ),
        (  # a victim is no body: "it" has no force to stand for
            "The officers were hurt in the crash. It left three men wounded, Mayor Ann Pell said.",
            "three",
            "Mayor Ann Pell",
        ),
    ],
)
def test_pronoun_keeps_a_speaker_over_an_acting_force(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    "text, figure, source",
    [
        (
            "Hale was identified by some neighbors as a nanny, and they said three of the "
            "children were hers.",
            "three",
            "some neighbors",
        ),
        (
            "The victim was identified by his cousins as a student. They said two of his "
            "friends were hurt.",
            "two",
            "his cousins",
        ),
    ],
)
def test_pronoun_after_a_passive_report_stands_for_its_agent(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.ANONYMOUS)
