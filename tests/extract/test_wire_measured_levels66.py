"""wsubj66 (session 66): a unit figure names what it measures, not its unit: "Temperatures
reached 39 degrees Celsius" -> temperatures, "Exports of copper rose to 4,210 metric tons" ->
exports, "put the area of cropland at 140,000 hectares" -> area of cropland; a figure a
relative clause or a participle puts a thing at is that thing's ("a population he put at four
million"). Invented texts.

Gold README "subject"; tests/wiree, wirej (temperatures), wirek (exports), corpus
(concentration), wired (farmland), wireb and wiree (relative "put ... at") golds.
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.pipeline import parse_text


def _subject(nlp, text: str, span: str) -> str:
    ex = extract_claims(parse_text(nlp, text), doc_name="t", text=text)
    return next(c.subject for c in ex.claims if c.text == span)


@pytest.mark.parametrize(
    ("text", "span", "word"),
    [
        (
            "Temperatures reached 39 degrees Celsius in Thessaly on Monday.",
            "39 degrees",
            "temperatures",
        ),
        (
            "The camps, where temperatures regularly exceed 42 degrees Celsius, are full.",
            "42 degrees",
            "temperatures",
        ),
        ("Exports of copper rose 8.1% from June to 4,210 metric tons.", "4,210", "exports"),
        (
            "The concentration of methane peaked at 1,930 parts per billion in March.",
            "1,930",
            "concentration",
        ),
        (
            "It put the area of cropland washed away at about 140,000 hectares, much of it maize.",
            "about 140,000",
            "cropland",
        ),
        (
            "The rebels control an area of 20,000 square kilometres, with a population he put at"
            " four million.",
            "four million",
            "population",
        ),
        (
            "The pension covers half of the basic basket of goods, which the statistics office put"
            " at 900,000 pesos a month.",
            "900,000 pesos",
            "basket",
        ),
        (
            "A second envoy put the number held by the army at closer to 800, he said.",
            "closer to 800",
            "held",
        ),
    ],
)
def test_unit_or_reckoned_figure_names_what_it_measures(nlp, text, span, word):
    assert word in _subject(nlp, text, span).lower().split()


def test_report_putting_a_named_thing_keeps_that_thing(nlp):
    # near miss: the relative clause's own object names what is put
    assert _subject(nlp, "The report, which put the toll at 40, was disputed.", "40") == "toll"


def test_goods_sold_by_the_tonne_keep_their_noun(nlp):
    # near miss: "of rice" names what the tonnes measure
    assert (
        _subject(nlp, "The company sold 4,000 tonnes of rice to Ghana.", "4,000 tonnes") == "rice"
    )
