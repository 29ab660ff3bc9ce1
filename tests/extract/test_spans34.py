"""spans34 (session 27): spans of time a relative clause is about; figures written with
no-break spaces ("almost\xa014\xa0million" was read as a bare "14").

Gold README, "Multipliers and spans of time": a span is a claim when it asserts something
checkable. "the seven years I've been covering him" says how long something went on, a
duration (docs/gold-conventions.md "Spans of time"), not a period that scopes another figure.
Invented sentences.
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.mentions.mentions import find_mentions
from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, span",
    [
        (
            "It was the oddest talk in the nine years I've been reporting on the mayor.",
            "nine years",
        ),
        ("She often recalls the four years her parents had farmed in Iowa.", "four years"),
        ("The ruling is the first in the 40 years that judges have heard such cases.", "40 years"),
        ("The 12 years he spent on the board were calm.", "12 years"),
    ],
)
def test_span_of_time_a_relative_clause_is_about_is_a_claim(nlp, text, span):
    assert span in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "In the three months that followed, the council met twice.",
        "The next two weeks will bring a rush of ads.",
    ],
)
def test_span_of_time_that_scopes_what_follows_is_no_claim(nlp, text):
    spans = mention_texts(nlp, text)
    assert "three months" not in spans and "two weeks" not in spans


def written_claims(nlp, text):
    """The claim mentions of ``text`` as the article writes them (offsets into ``text``)."""
    doc = nlp(text)
    spans = (m.span(doc) for m in find_mentions(doc) if m.is_claim)
    return [text[span.start_char : span.end_char] for span in spans]


@pytest.mark.parametrize(
    "text, span",
    [
        (
            "The mayor said, “We have almost\xa03\xa0million visitors a year.”",
            "almost\xa03\xa0million",
        ),
        ("The committee spent at least\xa0$52,310 on radio ads.", "at least\xa0$52,310"),
        ("Turnout rose to about\xa061\xa0percent.", "about\xa061\xa0percent"),
    ],
)
def test_figure_written_with_no_break_spaces_is_one_figure(nlp, text, span):
    assert span in written_claims(nlp, text)


def test_claim_text_keeps_the_no_break_spaces_as_written(nlp):
    text = "Officials counted nearly\xa0900\xa0thousand ballots."
    extraction = extract_claims(nlp(text), doc_name="t.txt", text=text)
    [claim] = extraction.claims
    assert claim.text == "nearly\xa0900\xa0thousand" == text[claim.start : claim.end]
    assert claim.value == 900_000


def test_no_break_space_away_from_a_figure_is_left_alone(nlp):
    doc = nlp("Three scandals was\xa0one too many for the aide.")
    assert any(t.text == "\xa0" for t in doc)


@pytest.mark.parametrize(
    "text, span",
    [
        ("The coach was benched for a week after the brawl.", "a week"),
        ("She spent a year in the state senate before running.", "a year"),
        ("The mayor spent all of an hour at the flooded school.", "an hour"),
        ("He has spent a month touring the farm states.", "a month"),
    ],
)
def test_one_bare_unit_of_time_a_verb_lasted_is_a_claim(nlp, text, span):
    assert span in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody believed for a minute that the vote was fair.",
        "The tour takes visitors behind the stage for a day in the life of a band.",
        "Dockworkers earn 200 pesos for a day's work.",
        "The senator is known for spending an hour with every donor.",
        "The board meets once a month.",
    ],
)
def test_bare_unit_of_time_that_lasts_nothing_is_no_claim(nlp, text):
    spans = mention_texts(nlp, text)
    assert not any(s.startswith(("a ", "an ")) for s in spans)
