"""anon34 (session 27): one unnamed person of a named body is an anonymous source, with the
anonymous_source caveat (gold README, "Source kinds": unnamed people -> anonymous; "a US official
said"). Invented sentences parallel to the unannotated cases (nyt "a Carrier executive tells
employees", politico "a New Hampshire Republican said", "one Trump confidant said", AP "A top
Donald Trump adviser says")."""

from __future__ import annotations

from factcheck.extract import extract_claims
from factcheck.model import Caveat, SourceKind


def claim_of(nlp, text, figure):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c for c in claims if figure in c.text)


def anonymous_with_caveat(claim):
    return claim.source.kind is SourceKind.ANONYMOUS and any(
        m.kind == Caveat.ANONYMOUS_SOURCE for m in claim.caveats
    )


def test_an_executive_of_a_named_company_is_an_anonymous_source(nlp):
    claim = claim_of(nlp, "A Boeing executive said 2,000 jobs would move to Texas.", "2,000")
    assert claim.source.text == "A Boeing executive"
    assert anonymous_with_caveat(claim)


def test_one_member_of_a_party_is_an_anonymous_source(nlp):
    claim = claim_of(nlp, "An Iowa Democrat said 40 people came to the event.", "40")
    assert anonymous_with_caveat(claim)


def test_a_confidant_of_a_named_person_is_an_anonymous_source(nlp):
    text = "One Clinton confidant said the campaign raised $3 million in a week."
    assert anonymous_with_caveat(claim_of(nlp, text, "$3 million"))


def test_an_adviser_of_a_named_person_is_an_anonymous_source(nlp):
    text = "A senior Dana Whitmore adviser says the campaign has 12 field offices."
    assert anonymous_with_caveat(claim_of(nlp, text, "12"))


def test_according_to_one_unnamed_member_is_anonymous(nlp):
    text = "The plant will cut 800 jobs, according to a Boeing executive."
    assert anonymous_with_caveat(claim_of(nlp, text, "800"))


def test_one_member_who_is_no_speaker_keeps_its_kind(nlp):
    text = "The group claimed the attack by an American Muslim that killed 12 people."
    assert not anonymous_with_caveat(claim_of(nlp, text, "12"))


def test_an_unnamed_person_with_no_named_body_takes_no_new_caveat(nlp):
    text = "A winning candidate gained a big delegate lead over the past six weeks."
    assert not anonymous_with_caveat(claim_of(nlp, text, "six weeks"))


def test_a_role_with_its_name_in_apposition_stays_named(nlp):
    text = "A Twitter spokesman, Christopher Abboud, said 30 accounts were closed."
    assert claim_of(nlp, text, "30").source.kind is SourceKind.NAMED_PERSON


def test_a_definite_role_of_a_named_body_is_not_made_anonymous(nlp):
    text = "The Boeing chief executive said 2,000 jobs would move to Texas."
    assert claim_of(nlp, text, "2,000").source.kind is not SourceKind.ANONYMOUS


def test_a_named_poll_stays_an_organisation(nlp):
    text = "A CBS poll found 40 percent of voters agree."
    assert claim_of(nlp, text, "40 percent").source.kind is SourceKind.NAMED_ORG
