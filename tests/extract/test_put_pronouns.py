"""wsubj69 (session 69): a figure a pronoun is put at ("The USGS measured it at 5.9", "while
Vortexa put them at about 2.4 million") measures what the figure before it measured, not who
measured it. Invented texts.

Gold README "subject"; tests/wirea, tests/wire2d (magnitude), tests/wirey (loadings) golds.
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
            "Chile's seismology centre said the quake had a magnitude of 6.2 and its epicentre was"
            " near Ovalle, about 400 km (250 miles) north of Santiago. The U.S. Geological Survey"
            " measured it at 5.9.",
            "5.9",
            "magnitude",
        ),
        (
            "Kpler estimated tanker loadings at 2.1 million barrels a day in May, while Vortexa put"
            " them at about 2.4 million.",
            "about 2.4 million",
            "loadings",
        ),
    ],
)
def test_figure_a_pronoun_is_put_at_measures_the_figure_before(nlp, text, span, word):
    subject = _subject(nlp, text, span).split()
    assert word in subject
    assert "Survey" not in subject and "Vortexa" not in subject


def test_pronoun_with_a_noun_of_its_own_is_not_the_figure_before(nlp):
    # near miss: "them" stands for the losses named between the figures, not the barrels
    text = (
        "Exports reached 900,000 barrels a day. The rebels said their fighters had suffered"
        " losses, putting them at 12."
    )
    assert "barrels" not in _subject(nlp, text, "12").split()
