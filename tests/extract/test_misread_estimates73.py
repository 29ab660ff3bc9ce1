"""An estimate verb the parse reads as an adjective of its object.

"The port authority estimated damage to the docks at $3 million": the parse makes "estimated"
an adjective of "damage" and hangs the subject on it or on the noun, so the figure put "at" an
amount had no one behind it. The phrase right before the verb is its subject: the source (gold
README "Source kinds"; tests/wire2q, wirem, wirev golds). "The estimated damage" and "the
region's estimated cost" stay adjectives: no source phrase stands right before them. Invented
sentences."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_a_body_estimating_damage_at_a_figure_is_its_source(nlp):
    text = "The provincial government estimated damage to farms and roads at 90 million pesos."
    assert source_of(nlp, text, "90 million pesos") == (
        "The provincial government",
        SourceKind.NAMED_ORG,
    )


def test_a_named_group_before_the_misread_verb_is_the_source(nlp):
    text = "The growers' union UAGV estimated damage to orchards and canals at more than €2m."
    assert source_of(nlp, text, "more than €2m") == (
        "The growers' union UAGV",
        SourceKind.NAMED_ORG,
    )


def test_an_estimated_amount_with_a_determiner_stays_the_writers(nlp):
    text = "The estimated damage to the old bridge, at about $2 million, was paid by insurers."
    assert source_of(nlp, text, "about $2 million")[1] == SourceKind.NONE
