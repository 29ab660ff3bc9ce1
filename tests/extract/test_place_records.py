"""A place that records or registers a figure is where it happened, not its source
("Karachi recorded 49 C": the writer's figure, or the sentence's other speaker's)."""

import pytest

from factcheck.extract.sources.attribution import find_source
from factcheck.model import SourceKind
from tests.conftest import find_mention


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Temperatures soared in Multan on Sunday. Multan recorded a high of 46 C.", "46"),
        ("Peru registered 4,120 dengue cases in the first week of March.", "4,120"),
    ],
)
def test_a_place_that_records_a_figure_is_no_source(nlp, text, figure):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert found.kind == SourceKind.NONE


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # near-miss: a body that records keeps its figure
        ("The health ministry recorded 52 new cases on Sunday.", "52", "The health ministry"),
        # near-miss: a country's government reports (not "records") its figure
        ("Zambia has reported 31 deaths from the disease.", "31", "Zambia"),
    ],
)
def test_a_body_that_records_or_a_country_that_reports_stays(nlp, text, figure, source):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert found.text == source
