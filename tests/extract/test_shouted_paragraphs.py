"""A broadcast's all-capital paragraph is parsed in sentence case (shouted_case.py); a spelled
age said of a person and a lower-case count after a name; invented text, gold README."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.shouted_case import sentence_case_shouted

STORY = (
    "Boy hurt in shooting\n\n"
    "A TWELVE-YEAR-OLD WAS SHOT IN THE ARM OUTSIDE A DAYTON HOME. THE CHILD WAS TAKEN TO A "
    "HOSPITAL. WITNESSES SAY I HEARD THREE SHOTS.\n\n"
    "Police in Dayton said Tomas Reyes, 12, was shot on Friday. Officers found the boy near the "
    "porch."
)


def _claims(nlp, text: str):
    return extract_claims(nlp(text), doc_name="t", text=text).claims


def test_an_all_capital_paragraph_is_lowered_but_sentence_starts_and_body_names_are_kept():
    shouted = sentence_case_shouted(STORY)
    assert len(shouted) == len(STORY)
    paragraph = shouted.split("\n\n")[1]
    assert paragraph.startswith("A twelve-year-old was shot in the arm outside a Dayton home.")
    assert " The child was taken" in paragraph
    assert "say I heard three shots" in paragraph


@pytest.mark.parametrize(
    "text",
    [
        "Police say 40 people were hurt. THE FIRE BEGAN AT 4 A.M.",  # a short line: left as is
        "Gunman kills two\n\nA man was shot on Main Street in the morning, police said.",
    ],
)
def test_text_without_a_long_all_capital_paragraph_is_unchanged(text):
    assert sentence_case_shouted(text) == text


def test_casualties_in_an_all_capital_paragraph_are_counted_with_the_articles_own_text(nlp):
    claims = _claims(nlp, STORY)
    texts = {c.text for c in claims}
    assert "A TWELVE-YEAR-OLD" in texts
    assert "THREE" in texts


def test_a_spelled_age_said_of_a_person_is_no_claim(nlp):
    claims = _claims(nlp, "The boy was shot in the head on Tuesday. He was only ten.")
    assert "ten" not in {c.text for c in claims}


def test_a_lower_case_count_after_a_name_is_a_claim_not_part_of_the_name(nlp):
    claims = _claims(nlp, "Clinton took on protesters loyal to Sen. Bernie Sanders twice Thursday.")
    assert [c.value for c in claims if c.text == "twice"] == [2]
