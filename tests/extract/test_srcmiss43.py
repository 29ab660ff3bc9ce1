"""Session 35 (srcmiss43): a poll named anywhere in a figure's sentence frames the sentence's
percentages, whatever the parse hangs it on. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
from tests.conftest import claims_of


def _source_of(nlp, text, figure):
    found = [c for c in claims_of(nlp, text) if c.text == figure]
    assert found, f"no claim {figure!r} in {[c.text for c in claims_of(nlp, text)]}"
    return found[0].source.text, found[0].source.kind


@pytest.mark.parametrize(
    "text, figure, source",
    [
        (
            "Some 30 percent of adults in a recent Harbor Institute poll said they distrust the "
            "board; 41 percent said they trust it.",
            "41 percent",
            "a recent Harbor Institute poll",
        ),
        (
            "As a result, only 18 percent of likely voters have a favorable view of Ruiz in a new "
            "Ledger poll.",
            "18 percent",
            "a new Ledger poll",
        ),
        (
            "Ruiz climbed from 31 percent in May to 35 percent in June before falling back to 33 "
            "percent in Tuesday's Ledger survey.",
            "31 percent",
            "Tuesday's Ledger survey",
        ),
    ],
)
def test_poll_named_in_the_sentence_frames_its_percentages(nlp, text, figure, source):
    assert _source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    "text, figure",
    [
        # the polls in general, not one poll
        (
            "Ruiz won 35 percent of the vote in Dover, and his rivals gained ground in the polls.",
            "35 percent",
        ),
        # a poll in a clause about a name
        (
            "Ruiz, who trails in a new Ledger poll, won 35 percent of the vote in Dover.",
            "35 percent",
        ),
        # a poll beside a figure of its own
        ("Sales fell 6 percent, short of the $9 million forecast in a Ledger survey.", "6 percent"),
        # the poll's margin of error
        ("The Ledger poll of 800 voters has a margin of error of 4 percent.", "4 percent"),
    ],
)
def test_poll_outside_the_figures_frame_gives_no_source(nlp, text, figure):
    assert _source_of(nlp, text, figure) == ("", SourceKind.NONE)
