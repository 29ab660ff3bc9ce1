"""A document written with "the" and no author speaks for the body that issued it: "Seven
patients have recovered, according to the bulletin", "the judgment found", "the provisional
count shows": named_org.

The classifier gave some such documents their kind by their noun ("the report", "the study",
"the release": named_org) and left others anonymous ("the bulletin", "the tally", "the
assessment", "the count"). docs/gold-conventions.md, "Documents 'by' an organisation": a
document with no organisation named keeps its own kind, named_org for a definite study or
poll, anonymous for "reports". The real golds write every definite document named_org but one
("the release", "the filing", "the paper", "the document", "the report"; realgold12 "The
April survey" the exception), and so do three wire sets by three writers ("the bulletin",
tests/wired d_3; "the judgment", "the provisional count", "The official count", tests/wiref
f_3, f_5; "the draft budget", tests/corpus). One document, singular; "the figures" and "the
estimate" are numbers, left to the classifier.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import DEFINITE_DOCUMENT_HEADS

_DEFINITE = frozenset({"the", "this"})


def definite_document(head: Token) -> bool:
    """The phrase's head is one document with a definite article and no owner or name."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    if head.lemma_.lower() not in DEFINITE_DOCUMENT_HEADS:
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.lefts)


def document_under_a_credit(subject: Token) -> bool:
    """ "According to the rescue agency, the passenger manifest listed 87 passengers": a
    definite document whose sentence credits a body with "according to" is what that body
    reports, not a speaker a later "it said" goes on from (tests/wired d_4: "it said" is the
    agency's)."""
    if not definite_document(subject):
        return False
    return any(
        t.lower_ == "according" and t.i < subject.i and any(c.lower_ == "to" for c in t.children)
        for t in subject.sent
    )
