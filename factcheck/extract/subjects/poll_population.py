"""The group a poll asked, named after a share's poll subject: "poll support among registered
voters" (issue 11). Pure.

Golds name a poll's share by those it counts ("voters", "American voters", "troops":
realgold14, realgold20), which the article says once where it describes the poll: "a YouGov
poll of American voters", "Military Times surveyed troops", "The poll was conducted ... among
1,358 registered voters". A share the rules call "poll support" or "poll respondents ..." gets
that group after its poll words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    POLL_SHARE_SUBJECTS,
    POLLED_GROUP_NOUNS,
    POLLED_GROUP_VERBS,
    TIME_UNITS,
)
from factcheck.extract.subjects.noun_phrases import head_phrase

_KEY = "factcheck.polled_group"


def with_polled_group(doc: Doc, subject: str) -> str:
    """``subject`` with the group the article's poll asked after its poll words, or as it is:
    "poll respondents say the same" -> "poll respondents among registered voters say the same".
    """
    prefix = next((p for p in POLL_SHARE_SUBJECTS if subject.startswith(p)), "")
    if not prefix:
        return subject
    group = polled_group(doc)
    if not group or group.lower() in subject.lower():
        return subject
    return f"{prefix} among {group}{subject[len(prefix) :]}"


def polled_group(doc: Doc) -> str:
    """The first group the article says a poll asked, or ''."""
    if _KEY not in doc.user_data:
        found = next((g for g in map(_group_at, doc) if g is not None), None)
        doc.user_data[_KEY] = (
            "" if found is None else head_phrase(found, after=found.left_edge.i - 1)
        )
    return str(doc.user_data[_KEY])


def _group_at(token: Token) -> Token | None:
    """The group ``token`` says a poll asked: the object of "a poll of ...", "surveyed ...",
    or of "among" after a verb of polling ("conducted ... among 1,358 registered voters")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in POLLED_GROUP_NOUNS:
        return _group(_object_of(token, "of"))
    if token.pos_ == "VERB" and lemma in POLLED_GROUP_VERBS:
        if lemma != "conduct":
            objects = [c for c in token.children if c.dep_ == "dobj"]
            found = _group(objects[0] if objects else None)
            if found is not None:
                return found
        return _group(_among(token))
    return None


def _among(verb: Token) -> Token | None:
    """The object of "among" anywhere in the verb's clause, which the parse may hang on the
    noun before it ("on cellphones and landlines among 1,358 registered voters")."""
    for token in verb.subtree:
        if token.lower_ == "among" and token.dep_ == "prep":
            objects = [c for c in token.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def _object_of(token: Token, preposition: str) -> Token | None:
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == preposition:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def _group(token: Token | None) -> Token | None:
    """A plural noun for people asked ("voters", "troops"), not a time or a thing in the singular."""
    if token is None or token.tag_ not in ("NNS", "NNPS"):
        return None
    if token.lemma_.lower() in TIME_UNITS:
        return None
    return token
