"""Sources, session 18: a title split from its period stays with the name, going on with an
act is no report, an average of a figure is a size, a camel-case name makes a polling
phrase an organisation's.

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_police_title_split_from_its_period_stays_before_the_name(nlp):
    text = "Police Lt. Dan Crane says deputies received at least two earlier calls."
    assert source_of(nlp, text, "at least two") == ("Police Lt. Dan Crane", SourceKind.NAMED_PERSON)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "DENVER -- Police continue to search for the men behind a shooting that killed "
            "one man at a park on the east side.",
            "one",
        ),
        ("Deliveries to the port continue to climb, with over 20,000 crates expected.", "20,000"),
    ],
)
def test_continuing_an_act_reports_nothing(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)


def test_an_average_of_a_figure_is_nosource_of(nlp):
    text = "Despite leading the last 12 state polls by an average of six points, Ruiz lost."
    assert source_of(nlp, text, "12") == ("", SourceKind.NONE)


def test_a_camel_case_pollster_makes_a_polling_average_an_organisation(nlp):
    text = "In Iowa, Ruiz is up 48 percent to 41 percent, according to the RealClearPolitics polling average."
    assert source_of(nlp, text, "48 percent") == (
        "the RealClearPolitics polling average",
        SourceKind.NAMED_ORG,
    )


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The county released more than 2,300 pages of the audit on Friday.", "2,300"),
        ("Mara Quinn, the firm's founder, posted just three words on her feed.", "three"),
    ],
)
def test_a_figure_counting_what_is_put_out_is_the_act_not_a_report(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)
