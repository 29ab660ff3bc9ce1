"""A body a quotation cites ("The company says 350 ...", "If the ministry is reporting 95,000")
is the source of that figure; the speaker keeps their own figures and a person they quote."""

from factcheck.model import SourceKind
from tests.conftest import source_of

LEAD = "Lee Park, a union leader, spoke outside the plant. "


def test_a_body_that_says_a_figure_inside_a_quotation_is_its_source(nlp):
    text = LEAD + '"The company says 350 people were working that night," she said.'
    assert source_of(nlp, text, "350") == ("The company", SourceKind.NAMED_ORG)


def test_a_body_reporting_a_figure_inside_a_quotation_is_its_source(nlp):
    text = LEAD + '"If the ministry is reporting 95,000, the real number is far higher," she said.'
    assert source_of(nlp, text, "95,000") == ("the ministry", SourceKind.NAMED_ORG)


def test_the_speakers_own_figure_and_a_person_they_quote_stay_the_speakers(nlp):
    # near-misses: the speaker's own estimate, and a person's word (not a body) who "says"
    text = (
        LEAD
        + '"If the ministry is reporting 95,000, the real number is close to 400,000," she said.'
    )
    assert source_of(nlp, text, "400,000") == ("Lee Park", SourceKind.NAMED_PERSON)
    text = LEAD + '"My doctor says I have 3 months of treatment left," she said.'
    assert source_of(nlp, text, "3 months") == ("Lee Park", SourceKind.NAMED_PERSON)
