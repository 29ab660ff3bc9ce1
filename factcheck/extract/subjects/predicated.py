"""What a bare share is said to be: "13 percent were unsure", "16 percent were Latino".

A percentage with no noun of its own that is the subject of "be" with a one-word complement
(an adjective, a group's name or a plain noun) counts those the complement names (gold README,
"subject": what is counted), not the poll's support; one that is the subject of "vote" counts
votes ("30 percent would vote for Jones", "up to 15 percent may not vote at all", "only 40
percent voted" -> "vote voted").
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import SHARE_VOTE_VERBS
from factcheck.extract.subjects.money_subjects import as_written

# Entity labels of a complement that names no group of those counted: "was Smith's", "were in
# Ohio", "was May".
_NO_GROUP_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "CARDINAL"})
# A complement that is no group: "were higher", "were most", "was 5 percent".
_COMPARATIVE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})


def share_predicate(figure: Span) -> str:
    """The word a bare percentage's clause says its share is, or ''.

    ``figure`` is the percentage's span ("13 percent", "Seventy-eight percent"); its last token
    must be the clause's subject (the share has no "of" and no noun after it).
    """
    share = figure[-1]
    if share.dep_ != "nsubj":
        return ""
    verb = share.head
    if verb.lemma_.lower() in SHARE_VOTE_VERBS and verb.pos_ == "VERB":
        return as_written(verb, verb.lemma_)  # "would vote" -> "vote", "voted" -> "vote voted"
    if verb.lemma_.lower() != "be" or verb.pos_ != "AUX":
        return ""
    complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    if len(complements) != 1:
        return ""
    said = complements[0]
    words = [c for c in said.children if c.dep_ not in ("cc", "conj", "punct")]
    if said.tag_ in _COMPARATIVE_TAGS or said.like_num or words:
        return ""  # "were 45 or older", "were more likely to vote", "were white men"
    if said.pos_ == "ADJ" or said.ent_type_ == "NORP":
        return said.text
    if said.pos_ in ("NOUN", "PROPN") and said.ent_type_ not in _NO_GROUP_LABELS:
        return said.text  # "16 percent were Latino" (tagged ORG or none), "were students"
    return ""
