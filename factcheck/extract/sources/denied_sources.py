"""A source phrase that denies its own reporter is no source: "a margin that no poll had
predicted", "which none of the forecasters had anticipated", a headline's "no injuries
reported". The phrase names who did not report the figure, so the figure is the writer's
(gold format: a source is who the text says reports the figure). "No." as an abbreviation
("No. 2 official") keeps its period and is not a denying word."""

from __future__ import annotations

from factcheck.extract.lexicon import DENYING_WORDS
from factcheck.model import Source


def denies_reporting(source: Source) -> bool:
    """The source's text opens with a denying word ("no poll", "none of the experts")."""
    words = source.text.split()
    return bool(words) and words[0].lower() in DENYING_WORDS
