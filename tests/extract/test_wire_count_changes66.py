"""wsubj66 (session 66): a change said beside a count ("38,200 people landed ..., down almost
40%") names how that count moved: the count's subject with the direction. Invented texts.

Gold README "subject"; tests/wireb (arrivals/down), tests/wirek (displaced/increase) golds.
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.pipeline import parse_text


def _subject(nlp, text: str, span: str) -> str:
    ex = extract_claims(parse_text(nlp, text), doc_name="t", text=text)
    return next(c.subject for c in ex.claims if c.text == span)


@pytest.mark.parametrize(
    ("text", "span", "words"),
    [
        (
            "Ministry figures show 38,200 people landed between January and August, down almost"
            " 40% on the same period last year.",
            "almost 40%",
            {"landed", "down"},
        ),
        (
            "The agency said nearly 2.1 million Somalis are now displaced inside the country, up 9%"
            " since May.",
            "9%",
            {"displaced", "up"},
        ),
    ],
)
def test_change_beside_a_count_names_the_count_moved(nlp, text, span, words):
    assert words <= set(_subject(nlp, text, span).split())


def test_change_of_a_level_keeps_its_clause_subject(nlp):
    # near miss: the figure before is no subject of the verb the change hangs on
    assert _subject(nlp, "Sales rose to 400 units, up 5% from May.", "5%") == "Sales"
