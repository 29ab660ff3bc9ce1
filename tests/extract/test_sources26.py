"""Sources, session 22 (`sources26`): a reporting verb read as a bare past participle
("projected to swell", "mentioned as possible picks") describes its subject, which is never
the source; a reporting verb beside the figure's clause that shares its subject and has an
object of its own ("..., continuing a trend") acts, it does not report.

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "With the number of people drawing Medicare projected to swell to 80 million in "
            "2030, from 55 million in 2015, the strain will grow.",
            "80 million",
        ),
        (
            "Three names often mentioned as possible picks are Ann Cole, a judge in Denver, "
            "and two judges in Boston, Lee Park and Sam Ortiz.",
            "two",
        ),
    ],
)
def test_a_bare_participle_describes_its_subject_which_gives_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)


def test_a_finite_reporting_verb_keeps_its_subject(nlp):
    text = "The budget office projected that the deficit would climb to $2 trillion."
    assert source_of(nlp, text, "$2 trillion") == ("The budget office", SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Shoppers again crowded into stores in record numbers Friday in six big cities, "
            "continuing a trend of very strong spending that has run through the season.",
            "six",
        ),
        (
            "Commuters again packed the trains in record numbers Monday on four main lines, "
            "continuing a pattern of heavy use that has held all year.",
            "four",
        ),
    ],
)
def test_a_sibling_verb_with_an_object_and_no_subject_of_its_own_does_not_report(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Two men were shot, police said.", "Two", ("police", SourceKind.NAMED_ORG)),
        (
            "Two people died in the crash, police told reporters.",
            "Two",
            ("police", SourceKind.NAMED_ORG),
        ),
    ],
)
def test_a_closing_reporting_clause_with_its_own_subject_still_reports(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == source
