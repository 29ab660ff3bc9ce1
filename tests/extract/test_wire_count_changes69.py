"""wsubj69 (session 69): a change said beside a count the verb takes as its object ("recorded
1,204 collisions ..., up about 9%") names how that count moved, as one beside its subject does.
Invented texts.

Gold README "subject"; tests/wire2b (kidnappings/increase), tests/wire2d (crashes/increase),
tests/wirex (arrivals/down) golds.
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
            "The rights group recorded 213 abductions between March and June, up 27% from the"
            " same period of 2023.",
            "27%",
            {"abductions", "up"},
        ),
        (
            "The road agency counted 1,204 collisions involving buses last year, up about 9% from"
            " 2022, according to its report.",
            "about 9%",
            {"collisions", "up"},
        ),
        (
            "Police data show 12,300 refugees crossed into Chad between Feb. 2 and May 9, down"
            " about 30% from a year earlier.",
            "about 30%",
            {"refugees", "down"},
        ),
    ],
)
def test_change_beside_an_object_count_names_the_count_moved(nlp, text, span, words):
    assert words <= set(_subject(nlp, text, span).split())


def test_change_beside_a_count_in_a_prepositional_phrase_is_not_that_count(nlp):
    # near miss: the count before is the object of "in", not of the verb the change hangs on
    subject = _subject(nlp, "Traders shipped rice in 40 containers, up 8% from May.", "8%")
    assert "containers" not in subject.split()
