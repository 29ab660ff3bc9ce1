"""The second figure of "N to X's M" counts what the first counts, for X: "hauled in 81
delegates to Rubio's 17", "had raised $293,565 to Kingson's $199,445", "1,630 to Sanders' 870",
"Clinton had 49.9 percent to Sanders' 49.6 percent". Pure.

Issue 11 (session 26, audit seed 3304): a figure after "to" and a possessive name has no noun
of its own; the name is whose it is, and the figure before the "to" says what it counts (tuning
golds: "81 delegates to Rubio's 17" -> 17 ['delegates', 'Rubio']; "46.2 percent to Clinton's
42.1 percent" -> ['Clinton', 'support', 'poll']). The subject found for it otherwise was the
clause's other side ("Deacon" for Kingson's money), a word of the sentence ("lead", "Forbes")
or the first figure's candidate. The second figure takes the possessor and the first figure's
subject without the first figure's own person or place: "Trump poll support" -> "Clinton poll
support".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    HOLDER_LABELS,
    POSSESSED_PAIR_JOINS,
    POSSESSED_PAIR_MAX_GAP,
    POSSESSIVE_MARKS,
    TALLY_RANGE_OPENERS,
)
from factcheck.extract.subjects.earlier_subjects import earlier_subject
from factcheck.model import Claim


def give_possessed_pairs(doc: Doc, figures: Sequence[Span], claims: Sequence[Claim]) -> list[Claim]:
    """The claims, the second figure of each "N to X's M" given X and what N counts.

    Args:
        doc: the parsed article.
        figures: the figure (number and unit) of each claim, in the order of ``claims``.
        claims: the article's claims from its figures, in text order.
    """
    out = list(claims)
    for i in range(1, len(claims)):
        first = out[i - 1]
        if not first.subject:
            # "Clinton has 1,163 delegates ... her lead is bigger, 1,630 to Sanders' 870": a bare
            # first figure counts what the figure before it counts
            first = replace(
                first, subject=earlier_subject(out[: i - 1], figures[i - 1], sentences_back=1)
            )
        subject = possessed_subject(doc, figures[i], figures[i - 1], first, claims[i].subject)
        if subject:
            out[i] = replace(claims[i], subject=subject)
    return out


def possessed_subject(
    doc: Doc, figure: Span, first_figure: Span, first: Claim, found: str = ""
) -> str:
    """The subject of ``figure`` when it is the M of "N to X's M" and ``first_figure`` its N,
    else ''. What was ``found`` for it before is kept after, less the names of the sentence
    (the first figure's side, given to it by the parse): a word of it may be the one that
    names what is counted ("Sanders delegates lead")."""
    if not len(figure) or not len(first_figure):
        return ""
    holder = _possessor(doc, figure)
    if holder is None or not first.subject or first_figure.sent != figure.sent:
        return ""
    join = doc[holder.start - 1]
    gap = doc[first_figure.end : join.i]
    if len(gap) > POSSESSED_PAIR_MAX_GAP or any(t.like_num or _verb(t) for t in gap):
        return ""  # "81 delegates to", "585 in the United States to"; not another clause
    if any(t.is_punct and t.text not in ("-", "–") for t in gap):
        return ""
    before = doc[first_figure.start - 1] if first_figure.start > 0 else None
    if before is not None and before.lower_ in TALLY_RANGE_OPENERS:
        return ""  # "from 40 to Lee's 52": a change, not two sides
    if _own_noun(doc, figure):
        return ""  # "to Rubio's 17 delegates": the figure names what it counts
    names = {t.text for t in figure.sent if _side_name(t)}
    own = holder.text.split()
    rest = [w for w in first.subject.split() if w not in names and w not in own]
    subject = " ".join([holder.text, *rest])
    kept = " ".join(w for w in found.split() if w not in names and w not in own)
    return f"{subject} {kept}" if kept and f" {kept} " not in f" {subject} " else subject


def _verb(token: Token) -> bool:
    """A verb of a clause, not one that describes a noun ("pledged delegates")."""
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound")


def _side_name(token: Token) -> bool:
    """A person or place of the sentence, or a name that is a clause's subject ("Hartley
    finished with 51.3 percent"): the side the first figure is given to."""
    if token.ent_type_ in HOLDER_LABELS:
        return True
    return token.pos_ == "PROPN" and token.dep_ in ("nsubj", "nsubjpass")


def _possessor(doc: Doc, figure: Span) -> Span | None:
    """The name X of "to X's" right before the figure, or None."""
    i = figure.start - 1
    if i < 2 or doc[i].text not in POSSESSIVE_MARKS:
        return None
    end = i
    while i - 1 >= 0 and doc[i - 1].pos_ == "PROPN":
        i -= 1
    if i == end or i < 1 or doc[i - 1].lower_ not in POSSESSED_PAIR_JOINS:
        return None
    return doc[i:end]


def _own_noun(doc: Doc, figure: Span) -> bool:
    """True if a noun after the figure is what its number counts ("Rubio's 17 delegates",
    "Lee's 61 pledged delegates", however the parse hangs the number)."""
    number: Token = figure[-1]
    if number.dep_ == "nummod" and number.head.i >= figure.end:
        return True
    for token in doc[figure.end : figure.end + 4]:
        if token.pos_ in ("NOUN", "PROPN"):
            return True
        if token.pos_ not in ("ADJ", "VERB") or token.dep_ not in ("amod", "compound"):
            return False
    return False
