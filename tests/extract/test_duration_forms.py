"""subjpn (session 42): a span of time how long something lasted keeps its verb as written
beside the lemma when the verb is in "-ing" or the present ("saying for six years")."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, written",
    [
        ("I have been saying for nine years that the pension fund is short.", "nine years",
         "saying"),
        ("The two allies have been fighting side by side for over three decades.",
         "over three decades", "fighting"),
        ("The couple has been living in the village for 14 years.", "14 years", "living"),
        ("The senator has been pushing for the bill for eight months.", "eight months",
         "pushing"),
    ],
)  # fmt: skip
def test_duration_verb_keeps_its_written_form(nlp, text, figure, written):
    subject = subject_of(nlp, text, figure)
    assert written in subject.split(), subject
