"""Proverbs with a number count nothing ("Two wrongs don't make a right", "one man's trash",
"takes two to tango"; gold README: idioms), and a number in words before "radio stations" or
"television networks" counts them, not a channel's label (branch num54, session 54).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "\u201cTwo wrongs don\u2019t make a right,\u201d the judge told the defendant.",
        "One man's trash is another man's treasure, the collector joked.",
        "\u201cIt takes two to tango,\u201d the councilman said of the deal.",
        "\u201cWe take it one day at a time,\u201d her mother said.",
    ],
)
def test_number_in_a_proverb_is_no_claim(nlp, text):
    texts = [t.lower() for t in mention_texts(nlp, text)]
    assert not any(t.startswith(("two", "one")) for t in texts)


def test_literal_wrongs_stay_counted(nlp):
    assert "Two" in mention_texts(nlp, "Two wrongs were committed by the clerk, the audit found.")


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The company owns four radio stations in the state.", "four"),
        ("The network runs three television stations in Ohio.", "three"),
    ],
)  # fmt: skip
def test_number_in_words_before_stations_counts_them(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("She watched the 218 TV channel every night.", "218"),
        ("Viewers of the 24 TV channels complained.", "24"),
    ],
)  # fmt: skip
def test_channel_number_in_digits_stays_a_label(nlp, text, figure):
    assert not any(figure in t for t in mention_texts(nlp, text))
