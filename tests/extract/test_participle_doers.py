"""subj5 (session 47): a figure that is the object of a participle adjunct ("..., offering $30
billion", "since peaking at $5.2 billion") names, before the participle's verb, the noun
subject of the clause the participle hangs on: who or what does what the participle says. Not
the subject of a verb whose object the participle is said of ("accused him of stealing")."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, words",
    [
        ("Governor Alvarez singled out the valley for disaster relief, offering $40 billion "
         "over eight years.", "$40 billion", {"Alvarez", "offering"}),
        ("Martinez proved to be a formidable fundraiser, taking in more than $118 million "
         "by the end of May.", "more than $118 million", {"Martinez"}),
        ("Attendance fell sharply, dropping 40 percent in Utah.", "40 percent",
         {"Attendance", "dropping"}),
        ("The resort has struggled for years, with hotel revenues falling steadily since "
         "peaking in 2009 at $3.4 billion.", "$3.4 billion", {"revenues"}),
    ],
)  # fmt: skip
def test_participle_adjunct_names_the_subject_of_its_clause(nlp, text, figure, words):
    subject = subject_of(nlp, text, figure)
    assert words <= set(subject.split()), subject


def test_participle_said_of_the_object_of_its_verb_names_not_the_subject(nlp):
    # without the object check the accuser would be named as the one who took the money
    subject = subject_of(
        nlp, "She met a roommate who Harlow accused of taking $400 from him.", "$400"
    )
    assert "Harlow" not in subject.split(), subject
