"""A title-case headline is parsed in sentence case (headline_case.py); invented headlines."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.doctext import doc_text
from factcheck.extract.headline_case import original_case, sentence_case_headline


def _claims(nlp, text: str):
    return extract_claims(nlp(text), doc_name="t", text=text).claims


def test_title_case_headline_words_are_lowered_but_names_the_body_capitalises_are_kept():
    text = (
        "Gunman Kills Two At Riverside Mall; Mayor Ortiz Calls For Calm\n\n"
        "A gunman opened fire at the Riverside mall on Sunday, and Mayor Ortiz asked for calm."
    )
    headline = sentence_case_headline(text).split("\n")[0]
    assert headline == "Gunman kills two at Riverside mall; Mayor Ortiz calls for calm"


@pytest.mark.parametrize(
    "headline",
    [
        "Gunman kills two at Riverside mall",  # sentence case already
        "Two Hurt",  # too short to tell title case from names
        "SHOOTING LEAVES TWO HURT IN DALLAS",  # all capitals: left to the parser as is
    ],
)
def test_headline_not_in_title_case_is_left_alone(headline):
    text = f"{headline}\n\nThe mall was closed on Monday."
    assert sentence_case_headline(text) == text


def test_sentence_casing_keeps_every_offset():
    text = "Father, 9-Year-Old Daughter Shot & Killed In Overnight Attack\n\nBody text here."
    cased = sentence_case_headline(text)
    assert len(cased) == len(text)
    assert cased.lower() == text.lower()
    assert "9-year-old daughter shot & killed" in cased


def test_parser_reads_a_title_case_headline_in_sentence_case_and_the_text_stays(nlp):
    text = "Gunman Kills Two At Riverside Mall\n\nA gunman opened fire at the Riverside mall."
    doc = nlp(text)
    assert [t.text for t in doc[:4]] == ["Gunman", "kills", "two", "at"]
    assert doc[1].pos_ == "VERB"
    assert doc_text(doc) == text


def test_title_case_headline_claims_keep_the_article_text_and_case(nlp):
    text = "Three Hurt In Crash On Route 9: State Police\n\nThe crash closed the road for hours."
    claim = _claims(nlp, text)[0]
    assert claim.text == "Three"
    assert claim.source.text == "State Police"


def test_original_case_reads_a_phrase_back_from_the_headline():
    assert original_case("Toll Hits 40: Red Cross Says", "red cross") == "Red Cross"
    assert original_case("Toll Hits 40", "officials") == "officials"


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Boy killed, mother critical after shooting in Elm Park", ["Boy", "mother"]),
        ("Teen shot; brother hurt in drive-by near school", ["Teen", "brother"]),
    ],
)
def test_a_headline_clause_after_a_casualty_counts_its_own_people(nlp, headline, expected):
    text = f"{headline}\n\nThe story follows."
    claims = [c for c in _claims(nlp, text) if c.start < len(headline)]
    assert [c.text for c in claims] == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Homicide victim was a senior at Lakeview High", [("Homicide victim", 1, "killed")]),
        ("Police: Slain victim identified as local barber", [("Slain victim", 1, "killed")]),
        ("Victim identified in river investigation", []),  # no act named: not counted
    ],
)
def test_headline_opening_on_a_victim_named_by_the_act_counts_one(nlp, headline, expected):
    text = f"{headline}\n\nThe story follows."
    claims = [c for c in _claims(nlp, text) if c.start < len(headline)]
    assert [(c.text, c.value, c.subject) for c in claims] == expected
