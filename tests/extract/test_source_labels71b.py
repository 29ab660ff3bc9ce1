"""A live page's key-events line that opens with a source's label and a colon ("Navy: 14
boats seized") gives its figure to that source; a topic's label gives it none."""

import pytest

from factcheck.extract.sources.attribution import find_source
from factcheck.model import SourceKind
from tests.conftest import find_mention

_PAGE = "Storm hits the coast\n\nRain fell all night on the region.\n\n{line}\n\nMore to follow.\n"


@pytest.mark.parametrize(
    ("line", "figure", "source", "kind"),
    [
        ("Navy: 14 boats seized off the coast", "14", "Navy", SourceKind.NAMED_ORG),
        ("- Health ministry: 23 patients treated overnight", "23", "Health ministry", None),
        ("Governor: death toll rises to five", "five", "Governor", SourceKind.NAMED_PERSON),
        ("Prosecutors: 61 charged with looting", "61", "Prosecutors", SourceKind.NAMED_ORG),
    ],
)
def test_source_label_opening_a_key_events_line_is_its_source(nlp, line, figure, source, kind):
    doc, mention = find_mention(nlp, _PAGE.format(line=line), figure)
    found = find_source(doc, mention.number_token(doc))
    assert found.text == source
    if kind is not None:
        assert found.kind == kind


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("Flood live: rescuers search for 40 missing", "40"),
        ("Velmar Bank: Customers withdraw $4bn in a week", "4bn"),
        ("Turnout: 52% by noon", "52"),
        ("Key data: 7% growth in the quarter", "7"),
    ],
)
def test_topic_label_gives_no_source(nlp, line, figure):
    doc, mention = find_mention(nlp, _PAGE.format(line=line), figure)
    assert find_source(doc, mention.number_token(doc)).text == ""


def test_label_after_the_figure_is_not_its_source(nlp):
    doc, mention = find_mention(nlp, _PAGE.format(line="Rain fell on 30 towns, police said"), "30")
    assert find_source(doc, mention.number_token(doc)).text == "police"
