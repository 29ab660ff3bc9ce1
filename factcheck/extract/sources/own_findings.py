"""A body's own findings inside its report: "The agency said initial assessments showed some
4,300 shelters damaged", "the office said at least 1,000 people had been put to death,
according to information it had received". The inner attribution names no one: a bare
finding or information (no determiner, no owner but the reporting body itself), the body's
own work it passes on, so the body that reports it is the source.

Notes:
    Gold README, "Source kinds": an institution -> named_org; unspecified "reports" ->
    anonymous. The innermost attribution wins when it names a source of its own (issue 11;
    "LASEMA said the contractor's attendance register showed 41" -> the register, tests/wirek;
    "According to the agency, the passenger manifest listed 87" -> the manifest, tests/wired);
    a bare "initial assessments" or "information it had received" names none and gave the
    figure an anonymous source where the golds have the body (tests/wireg, wirel: two writers).
    Only a body that reports (named_org) takes over, and only from these finding nouns
    (lexicon ``OWN_FINDING_NOUNS``): people ("witnesses reported") keep their own words.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ORG_PRONOUNS, OWN_FINDING_NOUNS

_OWNERS = frozenset({"det", "poss", "nummod", "compound", "appos"})


def a_bare_finding(subject: Token) -> bool:
    """ "initial assessments", "information it had received": a finding noun with no
    determiner or owner, whose only relative clause (if any) has a body's pronoun as its
    subject."""
    if subject.lemma_.lower() not in OWN_FINDING_NOUNS or subject.pos_ != "NOUN":
        return False
    if any(child.dep_ in _OWNERS for child in subject.children):
        return False
    for child in subject.children:
        if child.dep_ in ("relcl", "acl"):
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or any(s.lower_ not in ORG_PRONOUNS for s in subjects):
                return False
        elif child.dep_ == "prep":
            return False  # "information from hospitals", "assessments by the Red Cross"
    return True
