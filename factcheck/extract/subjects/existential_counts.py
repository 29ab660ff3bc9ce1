"""Subjects of a bare count in "there are N" that leaves its noun out: the noun named before.

"Reyes phoned the board's trustees - there are seven from each county" counts trustees;
"Guards searched for armed intruders, fearing there might be as many as four" counts
intruders; "Which agencies keep the files? There are only three that do" counts agencies
(the subject of the sentence before, when the sentence names no noun before "there"). The
number is the whole of what "there are" says exists, so the noun it counts is the one the
text has just named (gold README, "subject": what is counted), not the clause's other nouns
("each county") nor a noun the parse takes for the verb's subject ("The role of a regional
commander - there are nine across the region - is ..." counts commanders, not the role).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.subjects.noun_phrases import head_phrase

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def existential_noun(span: Span) -> str:
    """The noun a bare "there are N" counts, from before it, or ''.

    ``span`` is the figure with its qualifier ("as many as three"), which the parse may hang
    on the verb instead of the number.
    """
    number = span[-1]
    top = next((t for t in span if not span.start <= t.head.i < span.end), number)
    verb = top.head
    # "there may be as many as three" is parsed with "many" as the verb's complement
    if not number.like_num or top.dep_ not in ("attr", "acomp") or verb.lemma_.lower() != "be":
        return ""
    if not any(c.dep_ == "expl" for c in verb.children):
        return ""
    if any(t.pos_ in ("SYM", "NOUN") or t.text.endswith("%") for t in span):
        return ""  # "there are $5 million", "there were 40 percent": units of their own
    sent = number.sent
    there = min((c.i for c in verb.children if c.dep_ == "expl"), default=span.start)
    before = [
        t for t in number.doc[sent.start : there] if t.pos_ == "NOUN" and t.dep_ != "npadvmod"
    ]
    plural = [t for t in before if t.tag_ == "NNS"]
    named = plural or before
    noun = named[-1] if named else _previous_subject(number)
    if noun is None:
        return ""
    return head_phrase(noun, after=noun.left_edge.i - 1)


def _previous_subject(number: Token) -> Token | None:
    """The common noun that is the subject of the sentence before: "Which agencies keep the
    files? There are only three that do." """
    start = number.sent.start
    if start == 0:
        return None
    previous = number.doc[start - 1].sent
    return next(
        (
            t
            for t in previous
            if t.dep_ in _SUBJECT_DEPS and t.pos_ == "NOUN" and t.head.dep_ == "ROOT"
        ),
        None,
    )
