"""What a level verb without a subject of its own measures (issue 11). Pure.

"forecast payrolls rising by 170,000", "set the bidding to start at $5,000", "have set a higher
amount, usually ranging between $8 and $10": the verb that takes the figure has no subject; the
noun it describes, or the object of the verb it completes, is what the figure measures (dev B3,
realgold10, realgold20 golds: "payroll", "bidding", "amount"), not the verb ("rise rising").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import LEVEL_SUBJECT_VERBS, MEASURE_VERBS, TIME_UNITS
from factcheck.extract.subjects.noun_phrases import NOUNS


def level_holder(verb: Token) -> Token | None:
    """The noun a subjectless level verb measures: the noun its participle describes, or the
    object of the verb its clause completes; or None."""
    lemma = verb.lemma_.lower()
    if lemma not in MEASURE_VERBS and lemma not in LEVEL_SUBJECT_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.i < verb.i:
        # "payrolls rising by 170,000"; not "donations made that same day totaling $62,000"
        return None if head.lemma_.lower() in TIME_UNITS else head
    if verb.dep_ in ("advcl", "xcomp") and head.pos_ == "VERB" and head.i < verb.i:
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        if objects and objects[0].pos_ in NOUNS and objects[0].lemma_.lower() not in TIME_UNITS:
            return objects[0]  # "set the bidding to start at $5,000"
    return None
