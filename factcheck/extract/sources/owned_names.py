"""A person named after the possessive of a body is cited by the whole phrase.

"The Herald's Dana Pruitt writes", "NBC's political director Omar Lindqvist said", "Marion
County sheriff's Investigator Tom Ruiz said": the owner (and the role between it and the
name) is the title the name is written with at the attribution, so the
source text runs from the owner's determiner to the end of the name (docs/gold-conventions.md,
"Titles and roles before names in source text"; real golds "The Post's Chris Cillizza",
"Orange County sheriff's Investigator Dan Salcedo", "Democracy Corps' Stan Greenberg").

Not a person's possessive ("Dana Holt's friend Delia Marsh", "the governor's aide John
Weller": a relation between people, written as the name alone in the real golds), not a
possessive pronoun ("his spokesman John Weller": no owner named), not a role set off by
a comma (kept by ``source_phrase``'s appositive test), and not a name that carries its own
abbreviated title of address ("Kent County Sheriff's spokesman Sgt. Alan Pike": the title
stays with the name, as the realgold3 gold writes it).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import BODY_ENTS, PLACE_ENTS, POSSESSIVE_MARKS


def owned_name(span: Span, head: Token) -> Span | None:
    """The phrase "OWNER's [role] NAME" when ``head`` heads it; None otherwise."""
    doc = head.doc
    name = head if head.ent_type_ == "PERSON" else _name_after_role(span, head)
    if name is None:
        return None
    name_start, name_end = entity_bounds(doc, name.i)
    owner = _named_owner(span, head, name_start)
    if owner is None or owner.left_edge.i < span.start:
        return None
    if doc[name_start - 1].text.endswith(".") or doc[name_start - 1].text == ".":
        return None  # "spokesman Sgt. Alan Pike": an abbreviated title of address
    if any(t.text in (",", "(", "—", "–", "--") for t in doc[owner.i : name_start]):
        return None
    if owner.ent_type_ in PLACE_ENTS and owner.i + 2 >= name_start:
        return None  # "said Florida's Rick Wilson": a place before a name is no title
    return doc[span.start : name_end]


def _name_after_role(span: Span, head: Token) -> Token | None:
    """ "the governor's chief strategist John Weller": the name the parse hangs on the role
    noun that heads the phrase, written right after it with no comma."""
    if head.pos_ != "NOUN" or span.end - 1 != head.i:
        return None
    for child in head.rights:
        if child.dep_ in ("appos", "compound") and child.ent_type_ == "PERSON":
            start, end = entity_bounds(head.doc, child.i)
            if start == head.i + 1 and child.right_edge.i < end:
                return head.doc[end - 1]
    return None


def _named_owner(span: Span, head: Token, name_start: int) -> Token | None:
    """The owner a possessive 's (not "his", "their") hangs on the name, its role, or the role
    noun that heads the phrase: "Orange County sheriff's Investigator Dan Salcedo"."""
    for token in head.doc[span.start : name_start]:
        if token.dep_ != "poss" or token.pos_ == "PRON" or not token.i < token.head.i <= head.i:
            continue
        if any(c.tag_ == "POS" or c.lower_ in POSSESSIVE_MARKS for c in token.rights):
            return token if _a_body(token) else None  # "The Post’s": a curly 's read as a name
    return None


def _a_body(owner: Token) -> bool:
    """The owner is a body, outlet or office named by a proper name ("The Post", "NBC",
    "Orange County sheriff"), not a person: "Dana Holt's friend Delia Marsh" says how two
    people are related, and the real golds write the name alone there (realgold8 "Amy
    Gonzalez" for "Matusiewicz's daughter, Amy Gonzalez"; realgold19 the same for a friend)."""
    phrase = owner.doc[owner.left_edge.i : owner.i + 1]
    if not any(t.pos_ == "PROPN" for t in phrase):
        return False  # "the governor's aide": no body named
    if owner.ent_type_ in BODY_ENTS:
        # "NBC's", "Prince George’s County Police Department"; not "Kasich's chief strategist
        # John Weller" where the tagger calls a person the article names elsewhere a body
        return not _named_as_person(owner)
    if any(t.dep_ == "det" for t in owner.lefts):
        return True  # "The Herald's", whatever label the tagger gives the name
    return owner.pos_ == "NOUN"  # "Orange County sheriff's"; not "Dekitta Holmes'", a person


def _named_as_person(owner: Token) -> bool:
    """The owner's name is a person's elsewhere in the article, whatever the tagger calls it
    here ("Kasich's", "Murphy's" read as an organisation)."""
    word = owner.lower_
    return any(
        ent.label_ == "PERSON" and ent[-1].lower_ == word and ent.end - 1 != owner.i
        for ent in owner.doc.ents
    )
