"""kind52 (session 52): common nouns that speak for a body are named_org, not anonymous: a
definite description of an institution ("The retailer said"), a record only a body makes ("an
arrest affidavit says"), and a document with a body's word before it ("a police report says").
Gold README, "Source kinds": an institution -> named_org; docs/gold-conventions.md, "Documents
'by' an organisation". Unnamed people and bare reports stay anonymous. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import Caveat, SourceKind


def claim_of(nlp, text, figure):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c for c in claims if figure in c.text)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The retailer said it would close 40 stores next year.", "40", "The retailer"),
        ("The school district said 300 students were sent home.", "300", "The school district"),
        ("The jail said 40 inmates were sick with the flu.", "40", "The jail"),
        ("The airline said 40 flights were canceled on Monday.", "40", "The airline"),
        ("The nonprofit said it served 4,000 meals in March.", "4,000", "The nonprofit"),
    ],
)
def test_a_definite_institution_is_a_named_org(nlp, text, figure, source):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == source
    assert claim.source.kind is SourceKind.NAMED_ORG
    assert not any(m.kind == Caveat.ANONYMOUS_SOURCE for m in claim.caveats)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("An arrest affidavit says the man fired 14 shots.", "14", "An arrest affidavit"),
        ("An indictment says Lund stole $4 million from the fund.", "$4 million", "An indictment"),
        ("A search warrant says officers found 30 guns in the home.", "30", "A search warrant"),
        ("The cable said 40 guards were at the gate.", "40", "The cable"),
        ("The autopsy showed he was shot 4 times.", "4 times", "The autopsy"),
    ],
)
def test_a_record_only_a_body_makes_is_a_named_org(nlp, text, figure, source):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == source
    assert claim.source.kind is SourceKind.NAMED_ORG


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("According to a police report, the man fired 14 shots.", "14", "a police report"),
        ("A court filing shows the firm owes $2 million.", "$2 million", "A court filing"),
        # the body's word on a modifier of the document's noun (session 54, src54)
        (
            "Deputies seized 30 pounds of cocaine, according to a sheriff news release.",
            "30 pounds",
            "a sheriff news release",
        ),
        (
            "A police incident report says the driver was going 90 mph.",
            "90 mph",
            "A police incident report",
        ),
    ],
)
def test_a_document_with_a_body_before_it_is_a_named_org(nlp, text, figure, source):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == source
    assert claim.source.kind is SourceKind.NAMED_ORG


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Reports said 14 people died in the flood.", "14"),
        ("A hospital spokeswoman said 3 patients were in critical condition.", "3"),
        ("School officials said 300 students were sent home.", "300"),
    ],
)
def test_unnamed_people_and_bare_reports_stay_anonymous(nlp, text, figure):
    assert claim_of(nlp, text, figure).source.kind is SourceKind.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The superintendent said 300 students were sent home.", "300", "The superintendent"),
        ("The warden said 40 inmates were sick with the flu.", "40", "The warden"),
        ("The district attorney said 12 people were charged.", "12", "The district attorney"),
    ],
)
def test_a_local_office_held_by_one_person_is_a_named_person(nlp, text, figure, source):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == source
    assert claim.source.kind is SourceKind.NAMED_PERSON


def test_a_review_by_a_local_office_is_written_whole(nlp):
    claim = claim_of(nlp, "A review by the state auditor found 1,200 duplicate payments.", "1,200")
    assert claim.source.text == "A review by the state auditor"
    assert claim.source.kind is SourceKind.NAMED_ORG


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("According to Axios, 40 people were charged.", "40", "Axios"),
        ("According to Mediaite, 40 people were charged.", "40", "Mediaite"),
    ],
)
def test_an_outlet_read_as_a_person_is_a_named_org(nlp, text, figure, source):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == source
    assert claim.source.kind is SourceKind.NAMED_ORG


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Initial reports said 14 people died in the flood.", "14", "Initial reports"),
        ("Emergency radio reports said 14 people were hurt.", "14", "Emergency radio reports"),
    ],
)
def test_reports_an_adjective_only_describes_stay_anonymous(nlp, text, figure, source):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == source
    assert claim.source.kind is SourceKind.ANONYMOUS
    assert any(m.kind == Caveat.ANONYMOUS_SOURCE for m in claim.caveats)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Police reports show 14 people died in the flood.", "14", "Police reports"),
        ("The reports show 14 people died in the flood.", "14", "The reports"),
        (
            "Campaign finance reports show Lund raised $4 million.",
            "$4 million",
            "Campaign finance reports",
        ),
    ],
)
def test_reports_a_body_or_the_text_singles_out_are_a_named_org(nlp, text, figure, source):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == source
    assert claim.source.kind is SourceKind.NAMED_ORG


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Legislative leaders in Ohio said the plan would cost $4 billion.",
            "$4 billion",
            "Legislative leaders in Ohio",
        ),
        ("About 40 people attended the vigil, an organizer said.", "40", "an organizer"),
    ],
)
def test_unnamed_leaders_and_organizers_carry_the_anonymous_caveat(nlp, text, figure, source):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == source
    assert claim.source.kind is SourceKind.ANONYMOUS
    assert any(m.kind == Caveat.ANONYMOUS_SOURCE for m in claim.caveats)


def test_the_leader_stays_a_unique_role(nlp):
    claim = claim_of(nlp, "The leader said the plan would cost $4 billion.", "$4 billion")
    assert claim.source.kind is SourceKind.NAMED_PERSON
