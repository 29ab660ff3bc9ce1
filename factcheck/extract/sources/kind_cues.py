"""The cues ``source_phrase.classify_source`` reads a source phrase's kind from.

Each says one thing about the phrase's head or words: whether it is a name as written, a
plural group no one singles out, some of the officers rather than the force, a record one
could look up, a poll that names its pollster, people of a named body, a definite or an
indefinite role, an owned document. ``classify_source`` keeps the order in which they decide.

Notes:
    Gold README, "Source kinds": a person named or identified by a unique role ->
    named_person; an institution or named group -> named_org; unnamed people or unspecified
    sources, officials, reports -> anonymous.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    DEFINITE_DETERMINERS,
    KIN_SOURCE_HEADS,
    NAME_COMPOUND_SKIP_ENTS,
    ORG_HEADS,
    POLICE_PLURAL_HEADS,
    REPORT_MEDIUM_WORDS,
    SOME_OFFICERS_WORDS,
    UNSPECIFIED_GROUP_QUANTIFIERS,
    UNSPECIFIED_RECORD_PLURALS,
)
from factcheck.extract.sources.kinds_of_bodies import (
    kind_of_people,
    nationality_of_a_kind,
    unplaced_media,
)

_BODY_PREPS = frozenset({"at", "with", "from", "of", "for", "by"})


def a_name(head: Token) -> bool:
    """A proper noun written as a name; not a lower-case word the tagger calls one (`," said
    the father.`): that is a common noun."""
    return head.pos_ == "PROPN" and not head.is_lower


def camel_case(token: Token) -> bool:
    """A word with a capital inside it is a name ("RealClearPolitics", "PolitiFact"), however
    the parse tags it; not a word in capitals ("POLICE"), which headlines write."""
    word = token.text
    return (
        len(word) > 3
        and word[0].isupper()
        and any(c.isupper() for c in word[2:])
        and any(c.islower() for c in word[1:])
    )


def named_work(head: Token) -> bool:
    """ "A Real Clear Politics average of polls": a common noun a proper name modifies, one the
    parse and tagger left untagged, is that named body's work; not a place's or a date's ("the
    Ohio average")."""
    return any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in NAME_COMPOUND_SKIP_ENTS
        for c in head.lefts
    )


def common_noun_word(span: Span, head: Token) -> str | None:
    """The head's lowercase word when it is a common noun naming people, also where the parse
    reads a capitalised one opening the sentence as a name ("Family said", "Officer on the
    scene says"); None when the phrase names someone ("Ann Reed's family", "Via Christi")."""
    if any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span if t.i != head.i):
        return None
    if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower):
        return head.lower_
    if head.pos_ != "PROPN" or head.ent_type_ or head.i != span.start:
        return None
    if head.i != head.sent.start and not head.doc[head.i - 1].is_space:
        return None
    word = head.lower_
    return word if word in KIN_SOURCE_HEADS | ANONYMOUS_HEADS | POLICE_PLURAL_HEADS else None


def unspecified_group(span: Span, head: Token) -> bool:
    """A plural group no one singles out: bodies of a kind ("conservative outside groups",
    "media outlets") or some of a named people ("some Democrats"); not "the groups", "Fox's
    outlets", nor plural bodies that speak as one ("prosecutors", "investigators").

    Notes:
        Gold README, "Source kinds": unnamed people or unspecified sources are anonymous
        (realgold14, realgold19, realgold20 golds).
    """
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    if any(
        (c.dep_ == "poss" and not kind_of_people(c)) or c.lower_ in DEFINITE_DETERMINERS
        for c in head.lefts
    ):
        return False
    if any(c.lower_ in UNSPECIFIED_GROUP_QUANTIFIERS for c in head.lefts):
        return True
    if unplaced_media(head):
        return True  # "Local media reported": an unspecified report (wire golds: anonymous)
    if head.lower_ in ORG_HEADS or head.lemma_.lower() not in ORG_HEADS:
        return False  # "prosecutors", "police" name the body
    return not any(
        (t.pos_ == "PROPN" or t.ent_type_) and not nationality_of_a_kind(t)
        for t in span
        if t.i != head.i
    )


def some_of_them(head: Token) -> bool:
    """ "two officers", "several officers": some unnamed officers, not the force."""
    return any(
        c.dep_ in ("nummod", "det", "amod") and c.lower_ in SOME_OFFICERS_WORDS for c in head.lefts
    )


def a_record_of_someone(span: Span, head: Token) -> bool:
    """A record one could look up: named ("a report in the Herald", "Bergen County land
    records") or singled out by a determiner, owner or modifier ("the criminal complaint",
    "its website", "unofficial election results"); not bare "reports" or "a report", nor
    reports an adjective only describes ("initial reports": UNSPECIFIED_RECORD_PLURALS)."""
    if any(t.pos_ == "PROPN" for t in span if t.i != head.i):
        return True
    if is_indefinite(head):
        return False
    if head.lower_ in UNSPECIFIED_RECORD_PLURALS:  # "initial reports", not "the reports"
        return any(
            c.dep_ == "poss"
            or c.lower_ in DEFINITE_DETERMINERS
            or (c.dep_ == "compound" and c.lower_ not in REPORT_MEDIUM_WORDS)
            for c in head.lefts
        )  # "campaign finance reports" are a kind of record; "radio reports" are not
    return any(c.dep_ in ("det", "poss", "compound", "amod") for c in head.lefts)


def names_a_pollster(span: Span) -> bool:
    """A poll phrase naming who polled ("Quinnipiac polls", "the network's polling"); a place
    or a date names no pollster ("New Hampshire surveys", "polling in Florida")."""
    for token in span:
        if token.dep_ == "poss" or token.lower_ in ("its", "their"):
            return True
        if token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "NORP", "DATE"):
            return True
    return False


_NOT_BODIES = ("GPE", "LOC", "NORP", "DATE", "PERSON")


def of_a_named_body(head: Token) -> bool:
    """People of a named organisation speak for it: "Economists polled by Wire", and people
    of a trade not read as working there; not "residents of Derna" (a place). People of a
    trade at a named body ("analysts at Sandgate Research") are read before this as
    anonymous (unnamed_staff.unnamed_workers, session 72)."""
    for child in head.children:
        if child.dep_ == "acl":  # "polled by Wire", "surveyed by X"
            child = next((c for c in child.children if c.dep_ == "agent"), child)
        if child.dep_ not in ("prep", "agent") or child.lower_ not in _BODY_PREPS:
            continue
        # whoever polls economists is a body, however the tagger reads its name (dev: "Wire")
        places = ("GPE", "LOC", "NORP", "DATE") if child.dep_ == "agent" else _NOT_BODIES
        for obj in child.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ not in places:
                return True
    return False


def is_definite(head: Token) -> bool:
    """ "the ambassador", "Libya's ambassador" are definite; "an ambassador" is not; a bare
    singular role ("minister says", headline style) is definite too."""
    for child in head.lefts:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "det":
            return child.lower_ in ("the", "this", "that")
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return True
    return head.tag_ in ("NN", "NNP")


def is_indefinite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "some") for c in head.lefts)


def is_owned(head: Token) -> bool:
    """A document with an owner: a possessive or a name before it; not a date ("July's
    figure", "the March 3 report")."""
    return any(
        (c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"))
        and c.ent_type_ not in ("DATE", "TIME")
        for c in head.lefts
    )


def tagged(span: Span, labels: tuple[str, ...]) -> bool:
    """A token of the span is inside an entity with one of the labels. Token attributes, not
    ``span.ents``, which walks every entity of the document (slow on long articles)."""
    return any(t.ent_type_ in labels for t in span)
