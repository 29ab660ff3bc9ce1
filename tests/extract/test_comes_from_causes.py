"""Deaths that "came from" a strike name a cause, not a source: the body that reports them
stays the source; a figure that comes from a body or a document still takes it."""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_deaths_that_came_from_a_strike_keep_the_reporting_body(nlp):
    text = (
        "The commission said it expected results by Monday. It said the remaining 18 deaths "
        "came from a drone strike on a market."
    )
    assert source_of(nlp, text, "18") == ("The commission", SourceKind.NAMED_ORG)


def test_a_figure_that_came_from_a_body_still_takes_it(nlp):
    # near-miss: where the figure comes from is who gave it
    text = "The 40 percent figure came from the campaign."
    assert source_of(nlp, text, "40 percent") == ("the campaign", SourceKind.NAMED_ORG)
