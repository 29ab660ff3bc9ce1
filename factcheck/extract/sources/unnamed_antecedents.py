"""A "he" or "she" whose last speaker is one unnamed person stands for that person: "A senior
army officer, who spoke on condition of anonymity, said ... He said 14 soldiers were wounded"
gives "A senior army officer", anonymous (gold README, "Source kinds": a pronoun takes the
source it stands for; unnamed people -> anonymous).

The pronoun's look-back (``pronoun_sources``) used to pass over an anonymous speaker and take a
person named further back, or leave the pronoun itself as a named person. Evidence: four wire
sets by four writers give such a "he" the unnamed official or resident before it (tests/wired
d_1, wiree e_2, wiref f_2, wireg g_2).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    FEMALE_PERSON_NOUNS,
    FEMALE_ROLE_NOUNS,
    MALE_PERSON_NOUNS,
    MALE_ROLE_NOUNS,
)
from factcheck.extract.sources.source_phrase import classify_source, source_phrase
from factcheck.extract.sources.unnamed_members import one_unnamed_member
from factcheck.model import Source, SourceKind


def one_unnamed_speaker(span: Span, head: Token, pronoun: Token) -> bool:
    """The speaker's phrase names one unnamed person ("An official at the ministry", "a
    resident"), whom the "he" or "she" after it can stand for: not "an ICE spokeswoman" for
    "he"."""
    if classify_source(span) is not SourceKind.ANONYMOUS or not one_unnamed_member(span, head):
        return False
    if pronoun.lower_ == "he":
        other = FEMALE_PERSON_NOUNS | FEMALE_ROLE_NOUNS
    else:
        other = MALE_PERSON_NOUNS | MALE_ROLE_NOUNS
    return pronoun.lower_ not in ("he", "she") or head.lower_ not in other


def unnamed_according_to(token: Token, pronoun: Token) -> Source | None:
    """ "..., according to a regional health official. He said ...": one unnamed person cited
    by "according to" is the last speaker as much as one who "said"; None for anything else."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    head = None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)
    if head is None:
        return None
    span = source_phrase(head)
    return (
        Source(text=span.text, kind=SourceKind.ANONYMOUS)
        if one_unnamed_speaker(span, head, pronoun)
        else None
    )
