"""Whose figure a later item of a gapped list is: "Clinton earned 42 percent, Trump 34 percent
and Johnson 11 percent", "Trump was chosen by 37% of likely voters, Sanders by 30%", "Sanders
comes in at 34.6 million and Clinton at 31 million". Pure.

Gold README `subject` (the words that say what is counted, the named party included) and
docs/gold-conventions.md (poll shares name the candidate whose share it is): the golds name each
later item by its own name (realgold7: 34 percent -> ['Trump', 'vote']; realgold24: 30% ->
['Sanders', 'likely voters', ...]; realgold36: 31 million -> ['interactions', 'Clinton', ...]).
The name and its figure stand for a clause whose verb and noun the sentence already gave, so
the parse hangs the later items on the first one and the rules gave them the first item's name
or its bare kind ("poll support"). A figure that follows a name (or a name and the preposition
the first item used: "by", "at", "with"), itself after a list joint (",", "and", ";"), with a
figure of the same unit earlier in its sentence, takes that name before the earlier figure's
kind: "Trump vote", "Sanders likely voters", "Clinton interactions".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import MONTHS
from factcheck.model import Claim

# Words that join the items of a gapped list: "..., Trump 34 percent and Johnson 11 percent".
GAP_JOINTS = frozenset({",", ";", "and", "while", "but", "whereas"})
# Prepositions a gapped item repeats from the first: "Sanders by 30%", "Clinton at 31 million".
GAP_PREPOSITIONS = frozenset({"by", "at", "with"})
# Entity kinds a name of a list item has when the tagger misses its PROPN ("Pike" as ADP).
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# The parse's marks of the doer of a clause: the first item's holder even when tagged a noun.
_DOER_DEPS = frozenset({"nsubj", "nsubjpass"})


def _is_name_word(token: Token) -> bool:
    """A capitalised word of a name: a proper noun, or a word the parse tags a name's entity."""
    return (
        token.is_alpha
        and token.is_title
        and (token.pos_ == "PROPN" or token.ent_type_ in _NAME_LABELS)
        and token.lower_ not in MONTHS
    )


def _name_start(doc: Doc, end: int) -> int:
    """The first token of the name ending at token ``end`` ("Jenna Marlow"), or -1."""
    if not _is_name_word(doc[end]):
        return -1
    k = end
    while k - 1 > doc[end].sent.start and _is_name_word(doc[k - 1]):
        k -= 1
    return k


def gapped_owner(doc: Doc, figure: Span) -> str:
    """The name a gapped list item's ``figure`` follows ("Trump" in ", Trump 34 percent"), or
    '' when the figure is no such item."""
    i = figure.start
    if i >= 1 and doc[i - 1].lower_ in GAP_PREPOSITIONS:
        i -= 1
    if i < 2:
        return ""
    start = _name_start(doc, i - 1)
    if start < 1 or doc[start - 1].lower_ not in GAP_JOINTS:
        return ""
    if doc[start - 1].lower_ == "and" and start >= 2 and _is_name_word(doc[start - 2]):
        return ""  # "Trump and Clinton 40 percent": a pair of names, no gapped item
    return doc[start:i].text


def give_gapped_owners(doc: Doc, figures: Sequence[Span], claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each later item of a gapped list named by its own name before the kind of
    figure the list's earlier item gives.

    Args:
        doc: the parsed article.
        figures: the figure (number and unit) of each claim, in the order of ``claims``.
        claims: the article's claims from its figures, in text order.
    """
    out = list(claims)
    owners = [""] * len(claims)
    for i in range(1, len(claims)):
        figure, earlier = figures[i], figures[i - 1]
        if earlier.sent.start != figure.sent.start or claims[i - 1].unit != claims[i].unit:
            continue
        owner = gapped_owner(doc, figure)
        if not owner:
            continue
        # the earlier items' names ("Voss" of "Voss vote"): capitalised words before the earlier
        # figure that name a person or do the verb, not the kind's own ("Senate seats", "Gaming
        # revenue", "Latino vote", "Republican voters")
        names = {
            t.text
            for t in doc[figure.sent.start : earlier.start]
            if t.is_title
            and (t.ent_type_ == "PERSON" or t.dep_ in _DOER_DEPS or t.head.dep_ in _DOER_DEPS)
        } | set(owners[i - 1].split())
        kind = " ".join(w for w in out[i - 1].subject.split() if w not in names)
        owners[i] = owner
        out[i] = replace(claims[i], subject=f"{owner} {kind}".strip())
    return out
