"""A bare age in a title-case headline ("17-Year-Old Shot And Killed") is counted like the same
age in a sentence, and never stops the article's extraction (people_lists._bare_ages looked for
a lower-case "old"); invented headlines, gold README "Implied counts"."""

from __future__ import annotations

from factcheck.extract.claims import extract_claims


def test_a_title_case_age_headline_is_extracted(nlp):
    text = "17-Year-Old Shot And Killed Near Ballpark\nPolice are investigating the shooting."
    claims = extract_claims(nlp(text), doc_name="t", text=text).claims
    implied = [(c.text, c.value) for c in claims if c.implied]
    assert ("17-Year-Old", 1) in implied
