"""A hundred percent beside a nationality said of a person only says "fully": "her father was
100 percent Italian", "He is Canadian 100 percent, but ..." are not claims; a hundred percent
of something, or before a noun, stays a figure. Invented texts; gold README (idioms);
emphatic_figures.py."""

from __future__ import annotations

from tests.conftest import mention_texts


def test_one_hundred_percent_before_a_nationality_is_not_a_claim(nlp):
    text = "The senator told the crowd that her late father was 100 percent Italian.\n"
    assert mention_texts(nlp, text) == []


def test_one_hundred_percent_after_a_nationality_is_not_a_claim(nlp):
    text = "He is Canadian 100 percent, but he keeps close ties to his family in Lebanon.\n"
    assert mention_texts(nlp, text) == []


def test_one_hundred_percent_of_precincts_is_still_a_claim(nlp):
    text = "The mayor won 61 percent of the vote with 100 percent of precincts reporting.\n"
    assert any(m.startswith("100") for m in mention_texts(nlp, text))
