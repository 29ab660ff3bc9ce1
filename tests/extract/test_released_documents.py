"""A report or data that a body released is sourced by the whole phrase, as polls, counts and
records credited to a body are (docs/gold-conventions.md, "Documents 'by' an organisation";
session 45, src3)."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    "text, figure, source",
    [
        (
            "Older counts were lower, but a report released by the Harlow Institute last year"
            " estimated that at least 12,000 accounts were fake.",
            "at least 12,000",
            "a report released by the Harlow Institute",
        ),
        (
            "Ferry traffic rose 4 percent in May, according to data released Friday by state"
            " transit regulators.",
            "4 percent",
            "data released Friday by state transit regulators",
        ),
        (
            "The county lost 310 jobs, according to a report by the Marion Business Council.",
            "310",
            "a report by the Marion Business Council",
        ),
    ],
)
def test_released_report_or_data_is_sourced_by_the_whole_phrase(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)
