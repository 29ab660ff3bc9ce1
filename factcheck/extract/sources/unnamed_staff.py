"""Plural staff roles speak unnamed: "Clinton campaign aides believe ...", "Executives for
Mondelez say ...", "Advisers to Mr. Rubio point out ..." name no one, whoever they work for.

Notes:
    Gold README, "Source kinds": unnamed people or unspecified "sources", "officials" ->
    anonymous; docs/gold-conventions.md, "'X officials' as a source": officials are anonymous
    whether or not the text says whose they are, and the same holds for the aides, advisers,
    executives and representatives of a named body (every such plural source in the tuning
    golds is anonymous). The owner's name in the phrase ("Clinton", "Mondelez") must not make
    the phrase a named person or organisation. A name in apposition after the role ("aides Ann
    Lee and Bo Park") names the people, so the rule stands aside. The role is the phrase's head,
    or its last word where the parse took the owner's name for the head ("Clinton campaign
    aides" read with "Clinton" as the root).

    People of a trade at a named body ("Economists at Frontier Research", "Doctors at Sadar
    Hospital", "Analysts at the investment bank X") speak unnamed in the same way
    (docs/gold-conventions.md, "People at a named body": 8 wire sets for, 2 sets against);
    people a poll asked ("Economists polled by Wire", "in the Reuters poll") are the poll's
    and stay with it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import STAFF_ROLE_HEADS, WORKPLACE_PEOPLE_HEADS, WORKPLACE_PREPS


def unnamed_staff(span: Span, head: Token) -> bool:
    """The phrase's role is a plural staff word ("aides", "Executives") with no person's name
    after it."""
    role = head if _staff_plural(head) else span[-1]
    if not _staff_plural(role):
        return False
    return not any(t.ent_type_ == "PERSON" for t in span if t.i > role.i and t.head.i == role.i)


def _staff_plural(token: Token) -> bool:
    """ "aides", "Executives", "advisers"; not the singular ("a representative for X"), which
    ``unnamed_members.one_unnamed_member`` reads."""
    word = token.lower_
    return token.pos_ in ("NOUN", "PROPN") and word.endswith("s") and word[:-1] in STAFF_ROLE_HEADS


def unnamed_workers(head: Token) -> bool:
    """``head`` is a plural noun of a trade ("Economists", "doctors") hung on the body they work
    at by "at", "with", "from" or "for", with no one named after it and no poll asking them."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in WORKPLACE_PEOPLE_HEADS:
        return False
    if any(c.dep_ == "acl" for c in head.children):
        return False  # "Economists polled by Wire": the poll's
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return False  # "analysts at X, Ann Lee and Bo Park": named
    return any(c.dep_ == "prep" and c.lower_ in WORKPLACE_PREPS for c in head.children)
