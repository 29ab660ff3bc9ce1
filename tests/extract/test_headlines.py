"""Headlines (gold README, "Headlines"; issue 11): a trailing ": Source" names the source."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.headlines import find_headline_end


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        ("Quake toll hits 2,000: officials", ("officials", "anonymous")),
        ("Factory fire kills 12: police", ("police", "named_org")),
        ("Fire kills 12, police say", ("police", "named_org")),
        ("Toll rises to 30: what we know", ("", "none")),
        ("Toll rises to 30 at 8:15", ("", "none")),
        ("Budget: council spends 40 million", ("", "none")),
    ],
)
def test_headline_figure_takes_the_source_after_a_colon(nlp, headline, source):
    text = f"{headline}\n\nThe building was empty at the time."
    claims = extract_claims(nlp(text), doc_name="t", text=text).claims
    figure = claims[0]
    assert (figure.source.text, figure.source.kind.value) == source


def test_body_figure_keeps_its_own_source_not_the_headlines(nlp):
    text = "Quake toll hits 2,000: officials\n\nThe quake destroyed 300 homes, Reuters reported."
    claims = extract_claims(nlp(text), doc_name="t", text=text).claims
    assert [c.source.text for c in claims] == ["officials", "Reuters"]


def test_headline_ends_at_the_first_blank_line():
    assert find_headline_end("Toll hits 40\n\nBody.\n\nMore.") == 12
