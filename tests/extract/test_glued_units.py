"""A figure written glued to its scale word or unit ("$50million", "45percent", "16ounces",
"$3bln") or ending a sentence with its scale letter ("$3m.", "300K.") is read with its value,
unit and bound (glued_units.py). Invented sentences; gold README "Span" and "approx"."""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.mentions.quantities import parse_figure
from factcheck.model import Approx


def _claims(nlp, text):
    return extract_claims(nlp(text), doc_name="t", text=text).claims


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The city paid $50million to settle the suit.", "$50million", 50e6, "USD"),
        ("The state spent $2billion on new roads.", "$2billion", 2e9, "USD"),
        ("The region has 5.5million people in it.", "5.5million", 5.5e6, ""),
        ("The merger was worth $3bln to the bank.", "$3bln", 3e9, "USD"),
        ("Its debt reached $1.2trn in the spring.", "$1.2trn", 1.2e12, "USD"),
        ("The mayor raised $3.5mil for the shelter.", "$3.5mil", 3.5e6, "USD"),
        ("The merger was worth $3 bln to the bank.", "$3 bln", 3e9, "USD"),
        ("Turnout was 45percent in the third ward.", "45percent", 45, "percent"),
        ("The carton held 16ounces of juice.", "16ounces", 16, "ounce"),
        ("The runners covered 26.2miles on Sunday.", "26.2miles", 26.2, "mile"),
    ],
)
def test_figure_glued_to_its_scale_word_or_unit_is_read_whole(nlp, text, span, value, unit):
    claim = next(c for c in _claims(nlp, text) if c.text == span)
    assert (claim.value, claim.unit, claim.approx) == (value, unit, Approx.EXACT)


def test_glued_unit_keeps_the_bound_of_its_qualifier(nlp):
    claims = _claims(nlp, "The city banned sales of sodas over 16ounces last year.")
    assert [(c.text, c.value, c.unit, c.approx) for c in claims] == [
        ("over 16ounces", 16, "ounce", Approx.LOWER_BOUND)
    ]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The grant to the clinic was US$3m.", "US$3m", 3e6, "USD"),
        ("The club sold the striker for £30m.", "£30m", 30e6, "GBP"),
        ("The settlement came to $3M.", "$3M", 3e6, "USD"),
        ("The county's new budget is $5B.", "$5B", 5e9, "USD"),
        ("Organizers put the crowd at 300K.", "300K", 300e3, ""),
    ],
)
def test_scale_letter_before_a_full_stop_is_read_with_its_figure(nlp, text, span, value, unit):
    claim = next(c for c in _claims(nlp, text) if c.text == span)
    assert (claim.value, claim.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("5ft", 5, "foot"), ("$50million", 50e6, "USD"), ("45percent", 45, "percent")],
)
def test_value_parser_reads_a_number_and_the_word_glued_to_it(text, value, unit):
    assert (parse_figure(text).value, parse_figure(text).unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    ["Her middle initial is M. She signed it.", "He lives on Route 9 in town.", "It was 7 a.m."],
)
def test_stops_after_initials_and_times_stay_where_they_were(nlp, text):
    assert [t.text for t in nlp(text)] == [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The agency reviewed about 90,000 K-1 visas last year.", "about 90,000", 90000),
        ("The county trained 300 K-9 dogs in a decade.", "300", 300),
    ],
)
def test_a_name_with_digits_after_a_figure_is_no_unit(nlp, text, span, value):
    claim = next(c for c in _claims(nlp, text) if c.text == span)
    assert (claim.value, claim.unit) == (value, "")


@pytest.mark.parametrize(
    ("text", "value"), [("$3m.", 3e6), ("Paid: US$3m.", 3e6), ("300K.", 300e3)]
)
def test_a_text_that_ends_on_a_scaled_figure_is_read_and_parsed_whole(nlp, text, value):
    assert [c.value for c in _claims(nlp, text)] == [value]
