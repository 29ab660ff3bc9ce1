"""A document its text credits to a body gives the figures of its verb, whatever the verb.

"Figures released by the electoral commission ... gave Banda 51.2% of the vote", "Preliminary
results from the election commission gave him 54 percent", "Interior ministry figures put the
toll at 40": the figures are the body's, as a poll's are its pollster's ("The poll has Lee
leading by six points", ``attribution_steps``, SURVEY_HEADS). Gold README, "Source kinds" (an
institution -> named_org); issue 11, "Nominal sources" (a document noun is an attribution);
docs/gold-conventions.md, "Documents 'by' an organisation". Evidence: tests/wireb (b_2, two
vote shares), tests/corpus (d2). A document no body is named for ("official figures gave ...",
"the figures put ...", "The documents included 44 emails") stays the writer's: who made it
is not said.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import DOCUMENT_GIVING_VERBS, DOCUMENT_HEADS, RECORD_KEEPER_WORDS
from factcheck.extract.sources.document_authors import body_behind_document, document_by
from factcheck.extract.sources.kind_cues import is_owned


def credited_document(subject: Token) -> bool:
    """The subject is a document (figures, results, data, a count) whose text names the body
    that made it ("by" or "from" it, its possessive or name before it, or a body's word:
    "ministry figures"), and its verb gives figures ("gave", "put"), not an act ("The results
    from Vantor helped lift the index 1.4 percent")."""
    if subject.head.lemma_.lower() not in DOCUMENT_GIVING_VERBS:
        return False
    if subject.lemma_.lower() not in DOCUMENT_HEADS and subject.lower_ not in DOCUMENT_HEADS:
        return False
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return False  # "The Washington Post conducted a poll": a name, not a post
    if document_by(subject) is not None or body_behind_document(subject) is not None:
        return True
    return is_owned(subject) or any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in RECORD_KEEPER_WORDS
        for c in subject.lefts
    )  # not "The documents included 44 emails": whose documents is not said
