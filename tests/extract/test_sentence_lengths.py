"""A span that is the "to" object of a sentencing verb is the sentence's length: an "after"
phrase behind it says when, it does not make the span a placing ("was sentenced in March to 30
months after cooperating"; for_spans.py, span_subjects.spent_on; tests/corpus gold). Invented
sentences."""

from __future__ import annotations

from tests.conftest import claims_of


def _subjects(nlp, text: str) -> dict[str, str]:
    return {c.text: c.subject for c in claims_of(nlp, text)}


def test_a_sentence_length_before_after_is_a_claim_named_by_the_sentence(nlp):
    subjects = _subjects(nlp, "Ortiz was sentenced in May to 40 months after pleading guilty.")
    assert "sentence" in subjects["40 months"].split()


def test_a_span_after_which_an_arrest_came_still_places_it(nlp):
    # near miss: no sentencing verb; "40 months after the robbery" only places the arrest
    assert "40 months" not in _subjects(
        nlp, "The suspect was arrested 40 months after the robbery."
    )


def test_a_sentence_with_its_own_of_or_place_keeps_that_name(nlp):
    subjects = _subjects(
        nlp,
        "He was sentenced to two years of probation. Ruiz was sentenced to four years in prison.",
    )
    assert "probation" in subjects["two years"]
    assert "prison" in subjects["four years"]
