"""Implied counts of a headline the page prints twice: each copy holds the other's counts. Pure.

Notes:
    Gold README, "Repeats": a figure repeated later is a separate claim at each place; the
    headline's copy (``headlines.find_headline_copy``) is such a place. The tuning golds of the
    GVA articles whose page prints the headline twice count every claim at both copies (8 of 8
    articles, 11 of 11 claims); the parse may read the two copies apart (the first is joined to
    no paragraph, the copy is), so a count found at one copy is not always found at the other
    ("Husband suspected of slaying wife and son dies in hospital": "Husband" at the first
    only). The text of the two copies is the same, so the count is the same: it is copied to
    the same place in the other copy, where its anchor token is found at the same offset.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from factcheck.extract.implied.implied_count import ImpliedCount


def mirror_headline_counts(
    doc: Doc,
    counts: Sequence[ImpliedCount],
    headline: tuple[int, int],
    copy: tuple[int, int],
    *,
    taken: Sequence[tuple[int, int]] = (),
) -> tuple[list[ImpliedCount], dict[int, int]]:
    """``counts`` with each count of one copy of the headline added at the other copy where it
    is missing, in text order, and for each added count (by its index) the index of the count
    it copies, whose caveats it takes: the same words say the same ("suspected of slaying" is
    read as a hedge at a copy the parse joined to the next line). ``headline`` and ``copy`` are
    the two copies' characters (of equal length), ``taken`` the characters of the figures no
    count may overlap."""
    if copy[1] - copy[0] != headline[1] - headline[0] or copy[0] <= headline[0]:
        return list(counts), {}
    delta = copy[0] - headline[0]
    added: list[ImpliedCount] = []
    originals: list[ImpliedCount] = []
    for count in counts:
        if headline[0] <= count.start and count.end <= headline[1]:
            shift = delta
        elif copy[0] <= count.start and count.end <= copy[1]:
            shift = -delta
        else:
            continue
        start, end = count.start + shift, count.end + shift
        if any(s < end and start < e for s, e in taken) or any(
            c.start < end and start < c.end for c in (*counts, *added)
        ):
            continue
        anchor = _token_at(doc, count.anchor.idx + shift)
        if anchor is None or anchor.text != count.anchor.text:
            continue
        added.append(replace(count, start=start, end=end, anchor=anchor))
        originals.append(count)
    ordered = sorted((*counts, *added), key=lambda c: c.start)
    index = {id(c): i for i, c in enumerate(ordered)}
    return ordered, {index[id(a)]: index[id(o)] for a, o in zip(added, originals, strict=True)}


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token that begins at ``char``, or None."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].idx != char:
        return None
    return span[0]
