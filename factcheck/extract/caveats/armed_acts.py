"""An armed group telling its own acts: partisan_source beyond the dead and the wounded.

Gold README, partisan_source: "a belligerent reports the results of its own military action";
``armed_parties`` holds an armed group to the war's dead and wounded and to its own combat.
Wire copy on wars and truce talks gives the group's other acts in its own words, and the golds
read them as a party's figures: the Houthis' negotiator saying "the group would free 'about 350'
detainees" (tests/wirea a_5 gold), "An RSF adviser said ... the group had opened 'three safe
corridors'" (tests/wiree e_2 gold), the M23's spokesman saying "the group now administered an
area of more than 34,000 square kilometres" (tests/wiree e_3 gold). Two writers.

The group is read once per document from the text's words: a name the article calls rebels, an
armed group or a militia ("the M23 armed group", "M23 rebels"), a paramilitary body ("the
paramilitary Rapid Support Forces", with its initials "RSF"), or a word of ``ARMED_PARTY_WORDS``
("the Houthis"). Its speakers are the people named by a role the group owns ("M23 spokesman
Innocent Bahati", "The Houthis' chief negotiator, Abdullah Hamoud al-Shami"). The act is the
group's own when the verb over the figure has the group for subject ("the group", "the
movement", "it", "we", the name): what others did or what the group says of others stays with
``armed_parties`` ("The rebels said 200 civilians had fled the town": not partisan).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from factcheck.extract.caveats.armed_parties import armed_party
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import (
    ARMED_GROUP_MARKS,
    ARMED_GROUP_NOUNS,
    ARMED_PARTY_WORDS,
    ARMED_ROLE_NOUNS,
    OWN_ACT_SUBJECTS,
    REPORTING_VERBS,
)
from factcheck.extract.token_index import tokens_with_lemma, tokens_with_lower
from factcheck.model import Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_CACHE = "factcheck.armed_acts"
_WORD_RE = re.compile(r"[\w'’-]+")
_GROUP_HEADS = ARMED_PARTY_WORDS | ARMED_GROUP_NOUNS


def tells_own_act(figure: CaveatTarget) -> str | None:
    """The armed group the source speaks for, when the figure sizes the group's own act."""
    if figure.source.kind is SourceKind.NONE:
        return None
    group = _speaks_for(figure.number.doc, figure.source)
    if group is None or not _own_act(figure.number, figure.number.doc):
        return None
    return group


def _speaks_for(doc: Doc, source: Source) -> str | None:
    named = armed_party(source.text)
    if named is not None:
        return named
    names, speakers = _groups(doc)
    # "The Houthis' chief negotiator": the possessive's mark is no part of the name
    words = [w.lower().rstrip("'’").removesuffix("'s") for w in _WORD_RE.findall(source.text)]
    lowered = " ".join(words)
    for name in sorted(names | (ARMED_PARTY_WORDS & set(words))):
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lowered):
            return name
    return speakers.get(source_key(source)) if source.kind is SourceKind.NAMED_PERSON else None


def _own_act(number: Token, doc: Doc) -> bool:
    """The first verb over the figure has the group for subject: "the group would free about
    350", "the group had opened three corridors"; not a reporting verb ("the group said")."""
    names, _ = _groups(doc)
    for verb in number.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.lemma_.lower() in REPORTING_VERBS:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return any(
            s.lower_ in OWN_ACT_SUBJECTS or s.lower_ in ARMED_PARTY_WORDS or s.lower_ in names
            for s in subjects
        )
    return False


def _groups(doc: Doc) -> tuple[frozenset[str], dict[str, str]]:
    cached = doc.user_data.get(_CACHE)
    if cached is None:
        names = _group_names(doc)
        cached = doc.user_data[_CACHE] = (names, _group_speakers(doc, names))
    return cached


def _group_names(doc: Doc) -> frozenset[str]:
    """The names (lowered) the article gives armed groups: "M23" of "the M23 armed group" or
    "M23 rebels"; "rsf" for "the paramilitary Rapid Support Forces"."""
    found: set[str] = set()
    # a token is marked when a child of it is an amod of ``ARMED_GROUP_MARKS``: found from the
    # marks' heads, so only the few candidate tokens are made (a walk of every token and its
    # children cost a fifth of the caveats' time; speed69)
    marked_heads = {
        mark.head.i
        for mark in tokens_with_lower(doc, ARMED_GROUP_MARKS)
        if mark.dep_ == "amod" and mark.head.i != mark.i
    }
    heads = {token.i for token in tokens_with_lower(doc, _GROUP_HEADS)}
    for token in (doc[i] for i in sorted(heads | marked_heads)):
        lower = token.lower_
        marked = token.i in marked_heads
        if token.pos_ == "NOUN" and (lower in ARMED_PARTY_WORDS or lower in ARMED_GROUP_NOUNS):
            if lower in ARMED_GROUP_NOUNS and not marked:
                continue  # "a rights group": no armed group
            for child in token.children:
                if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN":
                    found.add(child.lower_)
        elif token.pos_ == "PROPN" and marked and token.dep_ != "compound":
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN":
                start -= 1
            words = list(doc[start : token.i + 1])
            found.add(" ".join(t.lower_ for t in words))  # "rapid support forces"
            if len(words) > 1:
                found.add("".join(t.text[0] for t in words).lower())  # "rsf"
    return frozenset(found)


def _group_speakers(doc: Doc, names: frozenset[str]) -> dict[str, str]:
    """The source keys of the people named by a role an armed group owns."""
    found: dict[str, str] = {}
    for noun in tokens_with_lemma(doc, ARMED_ROLE_NOUNS):
        if noun.pos_ != "NOUN":
            continue
        owner = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("compound", "poss", "nmod")
                and (c.lower_ in names or c.lower_ in ARMED_PARTY_WORDS)
            ),
            None,
        )
        person = _person(noun) if owner is not None else None
        if owner is None or person is None:
            continue
        key = source_key(Source(text=person.text, kind=SourceKind.NAMED_PERSON))
        if key:
            found.setdefault(key, owner.text)
    return found


def _person(noun: Token) -> Span | None:
    """The name right after the role ("M23 spokesman Innocent Bahati") or in apposition to it
    ("The Houthis' chief negotiator, Abdullah Hamoud al-Shami")."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].ent_type_ == "PERSON":
        start, end = entity_bounds(doc, noun.i + 1)
        return doc[start:end]
    for child in noun.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            start, end = entity_bounds(doc, child.i)
            return doc[start:end]
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        start, end = entity_bounds(doc, noun.head.i)
        return doc[start:end]
    return None
