"""Claim links within an article: headline to body, repeats, competing figures. Pure.

Notes:
    Issue 11 asks for claim linking within an article. Each claim stays a claim of its own
    (gold README, "Repeats" and "Headlines"); a link only says how two of them relate:

    - ``headline``: a headline figure points to the first body claim giving the same figure
      ("Quake toll hits 2,000" -> "... killed 2,000 people"; a small count also needs a
      subject word in common: "Man, 2 others shot" -> "two other men were shot");
    - ``repeat``: a body claim points to the first earlier body claim giving the same figure
      of the same thing;
    - ``competing``: a claim points to the nearest earlier claim in which another source gives
      a different figure for the same thing ("the ministry said 40 died ... the army put the
      toll at 12"). Shares and percentages are left out: two polls' percentages of the same
      race are different measurements, not rival accounts of one.

    "The same thing" is a shared content word of the two subjects in the same unit (for
    competing figures: the same content words, and figures of one size). An
    implied count ("a man was shot and killed") repeats another only when the two mentions
    share a name ("Bandoo" ... "O'Neil Bandoo"): two unnamed victims are two people.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from factcheck.extract.lexicon import (
    LINK_SUBJECT_STOPWORDS,
    LINK_SUBJECT_SYNONYMS,
    LINK_UNCONTESTED_UNITS,
)
from factcheck.model import Approx, Claim, ClaimLink, LinkKind, SourceKind

# A headline figure this large (or with a unit) is the body's same figure whatever its words
HEADLINE_DISTINCTIVE = 10
# Rival figures for one thing are of one size: "40 dead" against "12", not "1" against "2"
COMPETING_MIN = 2
COMPETING_MAX_RATIO = 3.5
_WORD_RE = re.compile(r"[a-z][a-z'-]*")
_NAME_RE = re.compile(r"\b[A-Z][a-z]+(?:['’][A-Z][a-z]+)?")


def link_claims(claims: Sequence[Claim], *, headline_end: int) -> list[Claim]:
    """Return the claims, in the same order, each with its links to the others.

    Args:
        claims: one article's claims in text order.
        headline_end: where the headline ends (``headlines.find_headline_end``); claims
            that start before it are headline figures.
    """
    words = [_subject_words(c.subject) for c in claims]
    earlier: dict[tuple[str, str], list[int]] = defaultdict(list)  # (unit, word) -> claims
    linked = []
    for index, claim in enumerate(claims):
        candidates = sorted({j for w in words[index] for j in earlier[(claim.unit, w)]})
        links = _links(claims, index, candidates, words, headline_end)
        if claim.start < headline_end:  # a headline figure points forward, into the body
            links = _headline_link(claims, index, words, headline_end) + links
        linked.append(dataclasses.replace(claim, links=tuple(links)) if links else claim)
        for word in words[index]:
            earlier[(claim.unit, word)].append(index)
    return linked


def _links(
    claims: Sequence[Claim],
    index: int,
    candidates: list[int],
    words: list[frozenset[str]],
    headline_end: int,
) -> list[ClaimLink]:
    claim = claims[index]
    links = []
    if claim.start >= headline_end:
        repeated = next(
            (
                j
                for j in candidates
                if claims[j].start >= headline_end and _same_figure(claims[j], claim, named=True)
            ),
            None,
        )
        if repeated is not None:
            links.append(_link(LinkKind.REPEAT, claims[repeated]))
    rival = next(
        (
            j
            for j in reversed(candidates)
            if words[j] == words[index] and _competing(claims[j], claim)
        ),
        None,
    )
    if rival is not None:
        links.append(_link(LinkKind.COMPETING, claims[rival]))
    return links


def _headline_link(
    claims: Sequence[Claim], index: int, words: list[frozenset[str]], headline_end: int
) -> list[ClaimLink]:
    claim = claims[index]
    for j in range(index + 1, len(claims)):
        other = claims[j]
        if other.start < headline_end or other.unit != claim.unit:
            continue
        # a distinctive figure is the same figure however the headline words its subject
        # ("Quake toll hits 2,000" ... "killed 2,000 people"); a small count must share a word
        distinctive = claim.unit or abs(claim.value) >= HEADLINE_DISTINCTIVE
        if (distinctive or words[index] & words[j]) and _same_figure(claim, other, named=False):
            return [_link(LinkKind.HEADLINE, other)]
    return []


def _same_figure(first: Claim, second: Claim, *, named: bool) -> bool:
    """Same value and bounds; with ``named``, implied counts must also share a name."""
    if (first.value, first.high) != (second.value, second.high):
        return False
    if named and (first.implied or second.implied):  # two unnamed victims are two people
        return bool(_names(first.text) & _names(second.text))
    return True


def _competing(first: Claim, second: Claim) -> bool:
    if first.implied or second.implied or first.unit in LINK_UNCONTESTED_UNITS:
        return False
    if SourceKind.NONE in (first.source.kind, second.source.kind):
        return False
    if _source_words(first) & _source_words(second):  # "the ministry" ... "the ministry later"
        return False
    low, high = sorted((abs(first.value), abs(second.value)))
    if low < COMPETING_MIN or high > low * COMPETING_MAX_RATIO:
        return False  # "one of the two men", "30 shots" and "9 people shot": parts, not rivals
    return not _overlap(first, second)


def _overlap(first: Claim, second: Claim) -> bool:
    """True if the two figures can both be right: equal, or one inside the other's bounds."""
    low_a, high_a = _bounds(first)
    low_b, high_b = _bounds(second)
    return low_a <= high_b and low_b <= high_a


def _bounds(claim: Claim) -> tuple[float, float]:
    value = claim.value
    if claim.approx is Approx.RANGE and claim.high is not None:
        return value, claim.high
    if claim.approx is Approx.LOWER_BOUND:
        return value, float("inf")
    if claim.approx is Approx.UPPER_BOUND:
        return float("-inf"), value
    if claim.approx is Approx.APPROXIMATE:
        return value * 0.9, value * 1.1
    return value, value


def _link(kind: LinkKind, target: Claim) -> ClaimLink:
    return ClaimLink(kind=kind, start=target.start, end=target.end)


def _subject_words(subject: str) -> frozenset[str]:
    words = _WORD_RE.findall(subject.lower().replace("’", "'"))
    singular = (_singular(w) for w in words if w not in LINK_SUBJECT_STOPWORDS)
    return frozenset(LINK_SUBJECT_SYNONYMS.get(w, w) for w in singular)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _names(text: str) -> set[str]:
    return {n for n in _NAME_RE.findall(text) if n not in {"The", "A", "An", "One", "Both"}}


def _source_words(claim: Claim) -> frozenset[str]:
    return _subject_words(claim.source.text)
