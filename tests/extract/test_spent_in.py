"""A span of time with a place or body it was spent in is named by that place ("after almost
four decades in Washington" -> "decades in Washington"), not by its unit alone."""

import pytest

from factcheck.extract.subjects.subjects import find_subject
from tests.conftest import find_mention


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("After almost four decades in Washington, the senator is retiring.", "four", "Washington"),
        ("He served 12 years in the Senate before running for governor.", "12", "Senate"),
        ("The reporter spent a month in jail for covering the protest.", "month", "jail"),
        ("She came home after spending two years in Kenya.", "two", "Kenya"),
        ("Fourteen years in Congress is long enough, the challenger said.", "Fourteen", "Congress"),
        ("After 10 months in Nairobi, the envoy flew back to London.", "10", "Nairobi"),
        ("The mayor served eight years in office before the scandal.", "eight", "office"),
        ("The driver was sentenced to serve three months in prison.", "three", "prison"),
    ],
)
def test_span_of_time_is_named_by_where_it_was_spent(nlp, text, figure, place):
    doc, mention = find_mention(nlp, text, figure)
    found = find_subject(doc, mention)
    assert f"in {place}" in found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It was the third such attack in 24 hours in Denver.", "24"),
        ("It was the second such raid in three days in Paris.", "three"),
        ("It was the fifth such protest in two weeks in Atlanta.", "two"),
    ],
)
def test_span_counted_within_is_not_where_it_was_spent(nlp, text, figure):
    doc, mention = find_mention(nlp, text, figure)
    assert " in " not in f" {find_subject(doc, mention)} "
