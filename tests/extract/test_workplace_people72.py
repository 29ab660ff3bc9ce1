"""Several people of a trade named with the body they work at speak unnamed: "Economists at X",
"Doctors at Y Hospital" are an anonymous source with anonymous_source, not the body
(unnamed_staff.unnamed_workers; docs/gold-conventions.md, "People at a named body"). People a
poll asked stay with the poll. Invented sentences."""

from factcheck.extract import extract_claims
from factcheck.model import SourceKind


def _sources(nlp, text):
    return {
        c.text: (c.source.text, c.source.kind, {k.kind.value for k in c.caveats})
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_economists_at_a_named_firm_are_anonymous(nlp):
    found = _sources(nlp, "Growth\n\nEconomists at Harlow Research expect growth of 2.4 percent.\n")
    text, kind, caveats = found["2.4 percent"]
    assert text == "Economists at Harlow Research"
    assert kind == SourceKind.ANONYMOUS
    assert "anonymous_source" in caveats


def test_doctors_at_a_named_hospital_are_anonymous(nlp):
    found = _sources(
        nlp, "Fire\n\nDoctors at Mervale General Hospital said 14 people were burned.\n"
    )
    assert found["14"][:2] == ("Doctors at Mervale General Hospital", SourceKind.ANONYMOUS)


def test_economists_polled_by_a_body_stay_with_the_poll(nlp):
    found = _sources(nlp, "Rates\n\nEconomists polled by Tessaly News expect a 3 percent rise.\n")
    assert found["3 percent"][1] == SourceKind.NAMED_ORG


def test_the_body_itself_speaking_stays_named_org(nlp):
    found = _sources(nlp, "Growth\n\nHarlow Research said growth would reach 2.4 percent.\n")
    assert found["2.4 percent"][1] == SourceKind.NAMED_ORG
