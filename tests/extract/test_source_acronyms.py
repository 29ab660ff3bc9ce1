"""An acronym in brackets after a source's name is left out of the source text (the session-64
ruling: the blind wire golds leave it out eight times of eight); a handle in brackets stays."""

import pytest

from factcheck.extract.sources.attribution import find_source
from factcheck.model import SourceKind
from tests.conftest import find_mention


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The UN children's agency (UNICEF) said at least 48 schools were damaged.",
            "48",
            "The UN children's agency",
        ),
        (
            "About 7,000 people marched, the National Teachers Federation (NTF) said.",
            "7,000",
            "the National Teachers Federation",
        ),
        (
            "A spokesman for the Popular Reform Party (PRP) said turnout reached 61%.",
            "61",
            "A spokesman for the Popular Reform Party",
        ),
    ],
)
def test_acronym_in_brackets_is_left_out_of_the_source(nlp, text, figure, source):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert found.text == source


@pytest.mark.parametrize(
    ("text", "figure", "source", "kind"),
    [
        # near-miss: the acronym written alone is the source's name
        ("At least 48 schools were damaged, UNICEF said.", "48", "UNICEF", SourceKind.NAMED_ORG),
        # near-miss: a handle in brackets is kept, as realgold3 writes it
        (
            "Two men were arrested, Dayton Police (@DaytonPD) said.",
            "Two",
            "Dayton Police (@DaytonPD)",
            SourceKind.NAMED_ORG,
        ),
    ],
)
def test_acronym_alone_and_a_handle_in_brackets_stay(nlp, text, figure, source, kind):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert (found.text, found.kind) == (source, kind)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            # the tagger runs the name's entity into the bracket: "... Prevention (Africa PCDP"
            "Across the border in Tanzania, the ministry said demand hit a record 9,400 megawatts"
            " on Friday.\n\nThe Pan African Centre for Disease Prevention (Africa PCDP) said last"
            " week that confirmed cases had fallen by 31% in the past four months.",
            "31%",
            "The Pan African Centre for Disease Prevention",
        ),
        # near-miss: a one-word acronym in brackets, left out as before
        (
            "The Pan African Centre for Disease Prevention (PCDP) said cases had fallen by 31%.",
            "31%",
            "The Pan African Centre for Disease Prevention",
        ),
    ],
)
def test_source_never_ends_inside_an_open_bracket(nlp, text, figure, source):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert found.text == source
