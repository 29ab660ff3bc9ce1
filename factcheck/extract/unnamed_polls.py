"""A poll no one in the article is named as having taken is an anonymous source (issue 11).

Gold README, "Source kinds": unspecified "reports" are anonymous, an institution is named_org.
The golds read "the poll" as the named poll it refers back to ("a Quinnipiac University poll
... The poll found": named_org), but a poll or review the article never names anywhere as
unnamed: "Only one poll had been conducted. The April survey found Lee ahead by seven points"
(realgold12), "a recent survey of Republican insiders shows" (realgold14), "according to a
review of available Fox transcripts" (realgold20): anonymous.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import POLL_CONDUCTING_VERBS, UNNAMED_SURVEY_HEADS

_NAMED = "factcheck_article_names_a_poll"
_AGENT_PREPS = frozenset({"by", "from"})


def an_unnamed_poll(span: Span, head: Token) -> bool:
    """``span`` is one poll, survey or review with no name of its own, in an article that
    names no poll's taker."""
    if head.lemma_.lower() not in UNNAMED_SURVEY_HEADS or head.tag_ != "NN":
        return False
    if _named(head) or any(
        t.pos_ == "PROPN" and t.ent_type_ != "DATE" for t in span[: head.i - span.start]
    ):
        return False
    return not _article_names_a_poll(span.doc)


def _named(head: Token) -> bool:
    """The poll word has a name on it: "a Quinnipiac poll", "Gallup's poll", "a poll by X"."""
    for child in head.children:
        if child.i < head.i and child.dep_ in ("compound", "poss", "nmod", "amod"):
            if child.pos_ == "PROPN" and child.ent_type_ != "DATE":
                return True
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return True
        if child.dep_ in ("prep", "agent") and child.lower_ in _AGENT_PREPS:
            if any(t.pos_ == "PROPN" for t in child.subtree):
                return True
        if child.dep_ == "acl" and any(
            g.dep_ == "agent" and any(t.pos_ == "PROPN" for t in g.subtree) for g in child.children
        ):
            return True  # "a poll conducted by Marist"
    return False


def _taken_by_a_name(head: Token) -> bool:
    """ "The Washington Post conducted a 50-state poll": a named subject took the poll."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in POLL_CONDUCTING_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)


def _article_names_a_poll(doc: Doc) -> bool:
    """Some poll word of the article has a name on it or a named taker, or a name of an
    organisation is a poll's ("the Field Poll")."""
    cached = doc.user_data.get(_NAMED)
    if cached is None:
        polls = [t for t in doc if t.lemma_.lower() in UNNAMED_SURVEY_HEADS and t.pos_ == "NOUN"]
        cached = any(_named(t) or _taken_by_a_name(t) for t in polls) or any(
            e.label_ == "ORG" and any(w in e.text.lower() for w in ("poll", "survey"))
            for e in doc.ents
        )
        doc.user_data[_NAMED] = cached
    return bool(cached)
