"""Session 34 (gvasrc42): a headline label of a police body or an official read by its last
word ("Kenton police:", "Sheriff's office:", "Coroner:"), and a headline printed twice whose
copy keeps the headline's trailing source. Invented headlines."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
from tests.conftest import claims_of

_BODY = "\n\nKENTON, Ohio — The shooting happened Sunday near the bar on Elm Street."


def _sources(nlp, text):
    return [(c.text, c.source.text, c.source.kind) for c in claims_of(nlp, text) if not c.implied]


@pytest.mark.parametrize(
    "headline, source, kind",
    [
        ("Kenton police: 2 men shot outside bar", "Kenton police", SourceKind.NAMED_ORG),
        ("Sheriff's office: 2 dead in Kenton shooting", "Sheriff's office", SourceKind.NAMED_ORG),
        ("Sheriff’s Office: 2 dead in Kenton shooting", "Sheriff’s Office", SourceKind.NAMED_ORG),
        ("Coroner: 2 dead in Kenton shooting", "Coroner", SourceKind.NAMED_PERSON),
        ("Medical examiner: 2 men shot outside bar", "Medical examiner", SourceKind.NAMED_PERSON),
        ("DA: 2 men charged in Kenton shooting", "DA", SourceKind.NAMED_PERSON),
    ],
)
def test_headline_label_of_a_body_or_an_official_is_the_source(nlp, headline, source, kind):
    assert _sources(nlp, headline + _BODY)[0][1:] == (source, kind)


@pytest.mark.parametrize(
    "headline",
    [
        "Clinton to Planned Parenthood: 2 ads planned",  # a name's words, not a body's
        "New details in Kenton shooting: 2 dead",  # a lower-case label that names no one
        "The Latest: 2 dead in Kenton shooting",  # page furniture
        "Shooting at sheriff's office: 2 hurt",  # a place, not a speaker
    ],
)
def test_headline_label_naming_no_body_gives_no_source(nlp, headline):
    assert _sources(nlp, headline + _BODY)[0][1:] == ("", SourceKind.NONE)


def test_headline_copy_keeps_the_trailing_source(nlp):
    text = (
        "3 hurt in Kenton bar shooting: Sheriff’s Department\n\n"
        "× 3 hurt in Kenton bar shooting: Sheriff’s Department\n\n"
        "Three men were hurt early Sunday, deputies said."
    )
    assert _sources(nlp, text)[:2] == [
        ("3", "Sheriff’s Department", SourceKind.NAMED_ORG),
        ("3", "Sheriff’s Department", SourceKind.NAMED_ORG),
    ]


def test_same_words_in_the_body_are_no_headline_copy(nlp):
    text = (
        "3 hurt in Kenton bar shooting: Sheriff’s Department\n\n"
        "Three men were hurt early Sunday, deputies said. 3 hurt in Kenton bar shooting: "
        "Sheriff’s Department"
    )
    assert _sources(nlp, text)[-1] == ("3", "", SourceKind.NONE)


@pytest.mark.parametrize(
    "headline, source",
    [
        ("Man shot dead outside Kenton bar: Sheriff’s Office", "Sheriff’s Office"),
        ("Mother, child found dead in Kenton home: police", "police"),
    ],
)
def test_trailing_headline_label_gives_implied_counts_their_source(nlp, headline, source):
    implied = [c for c in claims_of(nlp, headline + _BODY) if c.implied]
    assert [(c.source.text, c.source.kind) for c in implied] == [(source, SourceKind.NAMED_ORG)]
