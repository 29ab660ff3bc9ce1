"""People the article names as an event's organisers: figures they give carry partisan_source.

Gold README, partisan_source: "the text marks the source as a party (... a campaign's or march
organisers' own count)". ``PARTISAN_PATTERNS`` reads "organizers" when the source phrase says
it ("Organizers said 50,000 marched"); news copy as often names one organiser once, with the
role beside the name, and later quotes the person by name only: "Jane Doe, an organizer of the
march", "march organizer Jane Doe", "Jane Doe, one of the rally's organizers", "Jane Doe, who
organized the boycott" ... "Doe said more than 5,000 people came". The role is read once per
document, as ``campaign_staff`` reads a campaign's staff, and every figure of that person is the
side's own count.

A body is named an organiser the same way: "The General Confederation of Labour (CGT), which
called the march together with two pensioners' associations, said more than 400,000 people had
taken part" (tests/wireb b_1 gold: partisan), "the union, which called the strike, said ..."
(``organizing_bodies``): a relative clause on the body's name whose verb organises, leads or
calls the action. Later mentions by the name's initials ("the CGT said") are the same body.

Only an organiser or leader of a side's action (a march, rally, protest, boycott, strike,
petition): "a community organizer", "an organizer of the vigil" or "a party leader" speaks for
no side here.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import BODY_ORGANIZER_LEMMAS, ORGANIZED_ACTIONS, ORGANIZER_LEMMAS
from factcheck.extract.token_index import tokens_with_lemma
from factcheck.model import Source, SourceKind

_BODIES = "factcheck.organizing_bodies"  # doc.user_data key: the bodies, read once
_WORD_RE = re.compile(r"[\w'’.-]+")


def named_organizers(doc: Doc) -> dict[str, str]:
    """The source keys of the people the article names as an action's organisers, each with
    the words of the role ("organizer of the march")."""
    found: dict[str, str] = {}
    for token in tokens_with_lemma(doc, ORGANIZER_LEMMAS):
        if token.pos_ == "NOUN":  # "an organizer of the march", "protest leader Jane Doe"
            action = _organized_by_noun(token)
            person = _person_of_noun(token) if action is not None else None
        elif token.pos_ == "VERB" and token.dep_ == "relcl":  # "Doe, who organized the march"
            action = _organized_by_verb(token)
            person = _entity_at(token.head) if action is not None else None
        else:
            continue
        if action is None or person is None:
            continue
        key = source_key(Source(text=person.text, kind=SourceKind.NAMED_PERSON))
        if key:
            found.setdefault(key, f"{token.text} of the {action.text}")
    return found


def organizing_bodies(doc: Doc) -> dict[str, str]:
    """The names (lowered, and the initials written beside them) of the bodies the article
    names as an action's organisers by a relative clause ("the CGT, which called the march"),
    each with the words of the role. Read once per document."""
    known: dict[str, str] | None = doc.user_data.get(_BODIES)
    if known is None:
        known = doc.user_data[_BODIES] = _organizing_bodies(doc)
    return known


def _organizing_bodies(doc: Doc) -> dict[str, str]:
    found: dict[str, str] = {}
    for verb in tokens_with_lemma(doc, BODY_ORGANIZER_LEMMAS):
        if verb.pos_ != "VERB" or verb.dep_ != "relcl":
            continue
        body = verb.head
        if body.pos_ != "PROPN" and body.lower_ != "union":
            continue  # a named body: "the CGT", "the Dock Workers' Union"
        action = _organized_by_verb(verb) or _called_for(verb)
        if action is None:
            continue
        role = f"{verb.text} the {action.text}"
        words = _WORD_RE.findall(doc[body.left_edge.i : body.i + 1].text.lower())
        names = [" ".join(words[1:] if words and words[0] in ("the", "a", "an") else words)]
        names += [t.lower_ for t in body.subtree if t.dep_ == "appos" and t.text.isupper()]
        for name in names:
            if len(name) > 1:
                found.setdefault(name, role)
    return found


def organizing_body(source: Source, bodies: dict[str, str]) -> str | None:
    """The role of the organising body a source phrase names: "The CGT", "The General
    Confederation of Labour (CGT)"."""
    if source.kind is not SourceKind.NAMED_ORG or not bodies:
        return None
    lowered = " ".join(_WORD_RE.findall(source.text.lower()))
    for name, role in bodies.items():
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lowered):
            return role
    return None


def _called_for(verb: Token) -> Token | None:
    """ "which called for the strike": the action of a call for it."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ in ORGANIZED_ACTIONS:
                    return obj
    return None


def _organized_by_noun(noun: Token) -> Token | None:
    """The action an organiser noun is of: "the march's organizers", "march organizer", "an
    organizer of the rally", "organizers for the boycott"."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound") and child.lower_ in ORGANIZED_ACTIONS:
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lower_ in ORGANIZED_ACTIONS:
                    return obj
    return None


def _organized_by_verb(verb: Token) -> Token | None:
    """The action a verb of organising has as its object: "who organized the march"."""
    for child in verb.children:
        # "march" may be read as the month, an adverbial noun: "who organized the march"
        if child.dep_ in ("dobj", "npadvmod") and child.lower_ in ORGANIZED_ACTIONS:
            return child
    return None


def _person_of_noun(noun: Token) -> Span | None:
    """The person the organiser noun names: the name right after it ("march organizer Jane
    Doe"), the name it is in apposition to ("Jane Doe, an organizer of the march"), or the name
    "one of the organizers" is in apposition to."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].ent_type_ == "PERSON":
        return _entity_at(doc[noun.i + 1])
    if noun.dep_ == "appos":
        return _entity_at(noun.head)
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "appos":
        return _entity_at(prep.head.head)  # "Jane Doe, one of the march's organizers"
    return None


def _entity_at(token: Token) -> Span | None:
    """The PERSON entity the token is in."""
    if token.ent_type_ != "PERSON":
        return None
    start, end = entity_bounds(token.doc, token.i)
    return token.doc[start:end]
