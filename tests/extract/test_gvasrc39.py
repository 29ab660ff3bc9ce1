"""gvasrc39 (session 31): sources of figures in local shooting news.

Releasing or revealing the names or details of people counted is an act on them, not a report
of their count ("Authorities have released the names of three men slain", "released new details
about a father who shot his twin daughters", "revealed more about what drove a gunman to shoot
four": tests/realgold, realgold8, realgold19 golds, source none);
"announced details about a shooting that left seven dead" stays the police's (realgold12).
Invented sentences parallel to the real ones."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Deputies have released the names of two women killed in the crash.", "two"),
        ("The sheriff released new details Monday about a man who shot his three sons.", "three"),
        ("Investigators revealed more about what led a driver to hit five cyclists.", "five"),
        ("The coroner released information on the four hikers found dead.", "four"),
    ],
)
def test_releasing_names_or_details_of_those_counted_gives_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)


@pytest.mark.parametrize(
    "text, figure, source",
    [
        ("Police announced details about a fire that left six people dead.", "six", "Police"),
        (
            "Deputies released the names of the victims and said three others were hurt.",
            "three",
            "Deputies",
        ),
        ("The agency released figures showing 40 people were hurt.", "40", "The agency"),
    ],
)
def test_other_releases_and_announcements_keep_their_source(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source
