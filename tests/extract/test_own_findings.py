"""A body passing on its own bare findings ("initial assessments showed", "according to
information it had received") is their source; an owned document and people keep their own."""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The UN children's agency said initial assessments showed some 2,100 homes damaged.",
            "some 2,100",
            "The UN children's agency",
        ),
        (
            "The rights office said at least 700 people had been hanged in Oman this year, "
            "according to information it had received, and called for a halt.",
            "at least 700",
            "The rights office",
        ),
    ],
)
def test_a_body_is_the_source_of_its_own_bare_findings(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # an owned document keeps the innermost attribution
        (
            "The agency said the contractor's assessments showed some 2,100 homes damaged.",
            "some 2,100",
            "the contractor's assessments",
        ),
        # people inside a body's report keep their own words
        ("Police said witnesses reported hearing at least 12 shots.", "at least 12", "witnesses"),
        # no body reports the bare finding: it stays as it was
        (
            "Residents said initial assessments showed some 2,100 homes damaged.",
            "some 2,100",
            "initial assessments",
        ),
    ],
)
def test_an_owned_document_people_and_a_person_speaker_keep_the_inner_source(
    nlp, text, figure, source
):
    assert source_of(nlp, text, figure)[0] == source
