"""rsrc70 (session 70): the "of" phrase on a report noun says what is reported, not who
reports: "Deputies responded to reports of a teenager shot" -> source "reports" (anonymous),
never "reports of a teenager" (the figure's own words) nor "a teenager" (the reported person
read as the report's author). Gold README, "Source kinds": unspecified "reports" -> anonymous;
realgold6's gold writes "reports". A name after "of" still says whose report it is. Invented
sentences."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import SourceKind


def claim_of(nlp, text, figure):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c for c in claims if figure in c.text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Deputies responded to reports of a teenager shot near the skate park on Sunday.",
            "a teenager",
        ),
        (
            "Troopers were sent to the motel on reports of a woman stabbed in a parking lot.",
            "a woman",
        ),
        ("Officers rushed to Pine Avenue after reports of two men shot outside a bakery.", "two"),
        ("Medics arrived within minutes of reports of four people hurt in the crash.", "four"),
    ],
)
def test_what_reports_tell_is_not_part_of_their_source(nlp, text, figure):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == "reports"
    assert claim.source.kind is SourceKind.ANONYMOUS


def test_a_report_of_a_named_body_keeps_the_name(nlp):
    from factcheck.extract.sources.source_phrase import source_phrase

    doc = nlp("The report of the Warren Commission was released in 1964.")
    assert source_phrase(doc[1]).text == "The report of the Warren Commission"


def test_a_figure_in_reports_of_a_count_keeps_the_report_source(nlp):
    claim = claim_of(nlp, "Rescuers heard reports of 30 miners trapped below the shaft.", "30")
    assert claim.source.text == "reports"
