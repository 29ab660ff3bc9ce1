"""source35 (session 28): a poll or survey "from" a named pollster is credited to it as one
"by" it is, and its source is the whole phrase (docs/gold-conventions.md, "Documents
'by' an organisation"; realgold "A poll from Marquette Law School released Wednesday found ...").
The phrase starts at its determiner, not at a conjunction the parse hangs on the document
("And a projection by ..."). Invented sentences parallel to the real ones; negatives: a
statement or figures "from" a body still give the body, and so does a projection "from" a
publication (realgold20 gold)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import SourceKind


def source_of(nlp, text, figure):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c for c in claims if c.text == figure).source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A poll from Quinlan State University released Monday found the mayor leading by "
            "nine points among likely voters.",
            "nine points",
            "A poll from Quinlan State University",
        ),
        (
            "A new survey from the Harlow Policy Institute found 44 percent of renters behind "
            "on their payments.",
            "44 percent",
            "A new survey from the Harlow Policy Institute",
        ),
        (
            "And a survey from the Ridgeline Research Center shows turnout could fall to "
            "under one-half next year.",
            "under one-half",
            "a survey from the Ridgeline Research Center",
        ),
        (
            "And a projection by the Ridgeline Election Report shows turnout could fall to "
            "under one-half next year.",
            "under one-half",
            "a projection by the Ridgeline Election Report",
        ),
        (
            "But a poll by the Dunmore Research Center found 61 percent of voters opposed the "
            "plan.",
            "61 percent",
            "a poll by the Dunmore Research Center",
        ),
    ],
)
def test_a_document_from_a_named_body_is_its_whole_phrase(nlp, text, figure, source):
    found = source_of(nlp, text, figure)
    assert found.text == source
    assert found.kind is SourceKind.NAMED_ORG


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a statement or figures "from" a body: the body speaks, not a document of its own
        ("A statement from the health ministry said 14 people died.", "14", "the health ministry"),
        # a projection "from" a publication: where it appears, not a poll of its pollster
        (
            "A projection from the Ridgeline Election Report shows turnout could fall to under "
            "one-half next year.",
            "under one-half",
            "the Ridgeline Election Report",
        ),
        (
            "Figures from the statistics office showed 3,200 new homes were built in May.",
            "3,200",
            "the statistics office",
        ),
    ],
)
def test_what_a_body_says_from_it_stays_the_body(nlp, text, figure, source):
    assert source_of(nlp, text, figure).text == source
