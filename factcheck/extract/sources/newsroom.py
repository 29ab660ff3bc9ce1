"""What a newsroom "is told" (issue 11): "We're told the husband called ...", "FOX59 is told
there were six children": the station relays someone it does not name, so the phrase itself is
the source, anonymous (realgold3/5/10 golds), not the newsroom and not no one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    NEWSROOM_NAME_WORDS,
    NEWSROOM_NOUNS,
    NEWSROOM_PRONOUNS,
    TOLD_VERBS,
)

_CONTENT_DEPS = frozenset({"ccomp"})
_FUSED_PASSIVES = frozenset({"we're", "we’re"})


def told_to_the_newsroom(verb: Token, below: Token) -> Span | None:
    """The "<newsroom> is told" phrase when ``verb`` is a passive telling, with no agent, of
    the clause ``below`` to a newsroom; None for a person told something ("Lee was told he
    owed $500") or a telling by someone ("we were told by police")."""
    if verb.lemma_.lower() not in TOLD_VERBS or verb.pos_ != "VERB":
        return None
    if below.i < verb.i or any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None or subject.i > verb.i:
        return None
    if subject.lower_ not in _FUSED_PASSIVES:  # "We're told the husband called": always passive
        if subject.dep_ != "nsubjpass":
            return None  # "We told them ...": the newsroom speaking
        if below.dep_ not in _CONTENT_DEPS or any(c.dep_ == "dobj" for c in verb.children):
            return None
    if not _is_newsroom(subject):
        return None
    return verb.doc[subject.left_edge.i : verb.i + 1]


def _is_newsroom(subject: Token) -> bool:
    """ "We", "reporters", "FOX59", "Local 10 News": a station or its staff; not "the State
    Department" nor "Lee"."""
    if subject.lower_ in NEWSROOM_PRONOUNS or subject.lemma_.lower() in NEWSROOM_NOUNS:
        return True
    if subject.pos_ != "PROPN":
        return False
    words = list(subject.subtree)
    if any(any(ch.isdigit() for ch in t.text) for t in words):
        return True  # a station's call sign and channel ("FOX59", "Local 10"), no one's name
    return subject.ent_type_ != "PERSON" and any(t.lower_ in NEWSROOM_NAME_WORDS for t in words)
