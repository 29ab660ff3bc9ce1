"""A source's label after a live blog's time stamp ("21:30 — Port authority: 14 ships held") or
after a section label in capitals ("RELATED: Police: Man shot outside bar") gives its figure
to that source, as the label alone at the line's start does (tuning golds: tests/wirep,
wire2r, wire2s, wire2x time-stamped entries; realgold3's "RELATED: Police: ..."). A topic's
label after either stays no source. Invented lines."""

import pytest

from factcheck.extract.sources.attribution import find_source
from factcheck.model import SourceKind
from tests.conftest import find_mention

_PAGE = "Storm hits the coast\n\nRain fell all night on the region.\n\n{line}\n\nMore to follow.\n"


def _source(nlp, line, figure):
    doc, mention = find_mention(nlp, _PAGE.format(line=line), figure)
    return find_source(doc, mention.number_token(doc))


@pytest.mark.parametrize(
    ("line", "figure", "source"),
    [
        ("21:30 — Port authority: 14 ships held at anchor", "14", "Port authority"),
        ("09:05 GMT – Health ministry: 23 patients treated overnight", "23", "Health ministry"),
        ("RELATED: Police: Two men shot outside a bar", "Two", "Police"),
        ("READ MORE: Police: 3 hurt in highway crash", "3", "Police"),
    ],
)
def test_label_after_a_time_stamp_or_section_label_is_the_source(nlp, line, figure, source):
    assert _source(nlp, line, figure).text == source


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("21:30 — Turnout: 41% by noon in the capital", "41%"),
        ("RELATED: Weather: 3 inches of rain expected", "3 inches"),
    ],
)
def test_topic_label_after_a_prefix_gives_no_source(nlp, line, figure):
    assert _source(nlp, line, figure).kind == SourceKind.NONE
