"""A figure that a superlative names: "the oldest of those freed was 61 and the youngest 19".

Gold README, "subject": what the figure measures, several words any of which names it. A
superlative standing alone for a member of a group ("the oldest", "the youngest", "the
deadliest") is the only word the clause gives the figure: the wire golds name such figures by
it (tests/wirek, wirez, two writers: "youngest", "oldest"); without this the figure's subject
came out empty, as nothing else in the clause names it.

Only a superlative adjective that is the figure's own: the subject of the "be" the figure
completes ("the oldest ... was 61"), or set before the figure where the verb is gapped ("and
the youngest 19"); not "most" or "least", which quantify ("most were freed").
"""

from __future__ import annotations

from spacy.tokens import Span

# superlatives that quantify rather than pick out a member
_QUANTIFIERS = frozenset({"most", "least", "best", "worst"})


def superlative_word(figure: Span) -> str:
    """The superlative that names ``figure`` ("youngest"), or ''."""
    number = figure.root
    for child in number.children:
        if child.dep_ == "amod" and child.i < number.i and _picks_one(child.tag_, child.lower_):
            return child.lower_  # "... and the youngest 19"
    verb = number.head
    if number.dep_ != "attr" or verb.lemma_ != "be":
        return ""
    for child in verb.children:
        if child.dep_ == "nsubj" and _picks_one(child.tag_, child.lower_):
            return child.lower_  # "the oldest of those freed was 61"
    return ""


def _picks_one(tag: str, word: str) -> bool:
    return tag == "JJS" and word not in _QUANTIFIERS
