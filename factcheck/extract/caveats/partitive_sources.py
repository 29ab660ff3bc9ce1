"""An anonymous source that is one of an unnamed group named before carries anonymous_source.

Gold README, anonymous_source goes with an anonymous source ("a source familiar with", "people
close to"). Wire copy introduces the unnamed group once and quotes one member of it after:
"two people familiar with the matter said ... The state-run corporation held 38.6 million
tonnes, one of them said" (tests/wire2a a_5 gold), "Three diplomats briefed on the draft ...
One of them, a Western diplomat, said ..." (tests/wiree e_3 gold), "One of them estimated that
would add about 500,000 birds" (tests/wirey y_2 gold); three writers, all anonymous_source.
``caveat_sources.names_unnamed_people`` reads the words of the phrase, and "one of them" names
no one by its words: the group it is one of does. The group is the nearest plural noun before
the phrase, in its sentence or the two before, that is a clause's subject or the object of "to"
("told to", "according to"): a group of named people ("Mayor Ruiz and Governor Ode ... One of
them said") is no plural noun, and is left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import PARTITIVE_SOURCE_PATTERN
from factcheck.model import Source, SourceKind

_PARTITIVE_RE = re.compile(PARTITIVE_SOURCE_PATTERN, re.I)
_GROUP_DEPS = frozenset({"nsubj", "nsubjpass"})


def unnamed_group_of(source: Source, number: Token) -> Span | None:
    """The group an anonymous "one of them" source is one of, or None."""
    if source.kind is not SourceKind.ANONYMOUS or not _PARTITIVE_RE.fullmatch(source.text.strip()):
        return None
    sent = number.sent
    doc = number.doc
    words = source.text.split()
    start = next(
        (
            t.i
            for t in sent
            if doc[t.i : t.i + len(words)].text.lower() == source.text.strip().lower()
        ),
        None,
    )
    if start is None:
        return None
    first = sent.start
    for _ in range(2):  # the sentence and the two before it
        if first > 0:
            first = doc[first - 1].sent.start
    for token in reversed(doc[first:start]):
        if token.tag_ != "NNS":
            continue
        if token.dep_ in _GROUP_DEPS or (token.dep_ == "pobj" and token.head.lower_ == "to"):
            return doc[token.left_edge.i : token.right_edge.i + 1]
    return None
