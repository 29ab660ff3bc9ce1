"""Where a document's phrase credits its author when the parse hangs the credit away from the
document noun: on the polls an average is "of" ("the average of recent polls compiled by Real
Clear Politics"), or on a noun inside the phrase ("A report about the integration of immigrants
issued over the summer by the OECD"); and authors a name does not head ("a study by economists
at Duke University", "a recent poll by RealClearPolitics", tagged a common noun).

Notes:
    docs/gold-conventions.md, "Documents 'by' an organisation": the source text is the whole
    noun phrase, from its determiner through the organisation's name (realgold8 "the Real Clear
    Politics average of recent polls", tune22 "The poll, released on Wednesday night by the
    Public Policy Institute of California").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    AUTHOR_AFFILIATION_PREPS,
    CREDITED_SUB_DOCUMENTS,
    PUBLICATION_PARTICIPLES,
)
from factcheck.extract.sources.kind_cues import camel_case
from factcheck.extract.sources.sample_credits import credits_past_a_sample


def credits_below(head: Token) -> list[Token]:
    """The "by" words that credit the document ``head`` from deeper in its phrase: the agent of
    a participle on the documents it is "of" ("an average of polls compiled by X"), a "by" on
    them ("an average of recent polls by X"), and the agent of a publishing participle on any
    noun of its phrase after it ("A report about ... issued ... by X")."""
    found: list[Token] = credits_past_a_sample(head)  # "A survey of 420 firms by X"
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for sub in prep.children:
            if sub.dep_ == "pobj" and sub.lemma_.lower() in CREDITED_SUB_DOCUMENTS:
                found += [c for c in sub.rights if c.dep_ == "prep" and c.lower_ == "by"]
                for acl in sub.rights:
                    if acl.dep_ == "acl" and acl.tag_ == "VBN":
                        found += [c for c in acl.children if c.dep_ == "agent"]
    for token in head.subtree:
        if token.i <= head.i or token.dep_ != "acl" or token.tag_ != "VBN":
            continue
        if token.head.i == head.i or token.lemma_.lower() not in PUBLICATION_PARTICIPLES:
            continue  # the document's own participle is read already (nominal)
        found += [c for c in token.children if c.dep_ == "agent"]
    return found


def names_an_author(author: Token) -> bool:
    """An author the document's "by" names, beyond a name or a source word: a word with a
    capital inside it ("RealClearPolitics", which the tagger reads as a plural noun) and people
    of a named body ("economists at Duke University")."""
    if camel_case(author):
        return True
    if author.pos_ != "NOUN" or author.tag_ != "NNS":
        return False
    for prep in author.rights:
        if prep.dep_ == "prep" and prep.lower_ in AUTHOR_AFFILIATION_PREPS:
            for body in prep.children:
                if body.dep_ == "pobj" and body.pos_ == "PROPN" and body.ent_type_ == "ORG":
                    return True
    return False
