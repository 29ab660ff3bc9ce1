""" "preliminary" as the name of a stage in a procedure ("a preliminary hearing", "a preliminary
injunction", "the preliminary round") says no figure may change: no preliminary caveat. A
speaker's own caveat in a side clause of the verb that gives the figure ("Stressing that the
details were still preliminary, the chief said ...") reaches that verb's figures (gold README,
preliminary; session 61, cav61)."""

from __future__ import annotations

import pytest

from tests.conftest import preliminary_of as _preliminary


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Lane is due in court for a preliminary hearing on charges of robbing two banks.", "two"),
        (
            "The preliminary injunction blocks a rule that would affect 2 million renters.",
            "2 million",
        ),
        ("The preliminary round of the contest drew 40 bands.", "40"),
    ],
)
def test_preliminary_as_a_procedure_is_no_cue(nlp, text, figure):
    assert _preliminary(nlp, text)[figure] is False


def test_preliminary_findings_still_are(nlp):
    assert _preliminary(nlp, "A preliminary survey found 40 damaged homes.")["40"] is True


def test_a_speakers_own_caveat_in_a_side_clause_reaches_the_figures_said(nlp):
    found = _preliminary(
        nlp,
        "Crews left at dawn. Stressing that the details were still preliminary, the chief "
        "said nine homes burned.",
    )
    assert found["nine"] is True
