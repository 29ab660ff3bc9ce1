"""Claims about the same figure across documents: groups, corroboration, disputes. Pure.

Claims linked to the same reference figure form one group; unlinked claims group by measure,
the place the article names and dates at most ``GROUP_DAYS`` apart. Within a group, an
unlinked claim is corroborated when documents from at least two originators other than its own
give a consistent figure; two documents citing the same originator are one source. A figure
from an independent originator that does not fit is a dispute, named in the reasons.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.model import Approx
from factcheck.verify.status import CheckedFigure, find_claim_interval

GROUP_DAYS = 7
MIN_ORIGINATORS = 2
# How the reasons grouping gives begin; the others come from the claim's own reference check.
GROUP_REASONS = ("corroborated:", "disputed:")
_LEADING = re.compile(r"^(?:the|a|an|another|one|two|second|third|local|several)\s+", re.I)


@dataclass(frozen=True)
class GroupItem:
    """A checked claim, as grouping sees it."""

    claim_id: str
    doc_id: str
    doc: str
    measure: str
    figure: CheckedFigure
    originator: str
    place: str
    on: date | None
    ref_id: str | None = None


@dataclass(frozen=True)
class GroupResult:
    """What grouping says about one claim."""

    group_id: str
    corroborated: bool
    reasons: tuple[str, ...]


def find_originator(source_text: str, source_kind: str, publisher: str) -> str:
    """Who a figure comes from: the named source, else the document's publisher.

    "the police" and "Police" are one originator; an unattributed figure is its publisher's.
    """
    if source_kind != "none" and source_text.strip():
        text = source_text.strip().lower()
        while _LEADING.match(text):
            text = _LEADING.sub("", text, count=1)
        return re.sub(r"\s+", " ", text)
    return f"publisher:{publisher.lower()}" if publisher else "publisher:unknown"


def group_claims(items: Sequence[GroupItem]) -> dict[str, GroupResult]:
    """Group claims across documents and say which are corroborated or disputed.

    Returns:
        claim_id -> its group's result, for claims that have a group.
    """
    # One order whatever order the claims came in, so a partial check words reasons alike.
    items = sorted(items, key=lambda i: (i.on or date.min, i.doc_id, i.claim_id))
    groups: dict[str, list[GroupItem]] = defaultdict(list)
    for key, members in _clusters(items):
        groups[key] = members
    results: dict[str, GroupResult] = {}
    for key, members in groups.items():
        group_id = hashlib.sha1(key.encode()).hexdigest()[:16]
        for item in members:
            others = [
                o for o in members if o.doc_id != item.doc_id and o.originator != item.originator
            ]
            agree = {o.originator for o in others if _consistent(item.figure, o.figure)}
            disputes = [o for o in others if not _consistent(item.figure, o.figure)]
            reasons = tuple(
                f"disputed: {o.doc} gives {o.figure.text} ({_display(o.originator)})"
                for o in _first_per_originator(disputes)
            )
            corroborated = item.ref_id is None and len(agree) >= MIN_ORIGINATORS
            if corroborated:
                names = ", ".join(sorted(_display(a) for a in agree))
                reasons = (
                    f"corroborated: {len(agree)} independent originators give a consistent "
                    f"figure ({names}); no trusted reference",
                    *reasons,
                )
            results[item.claim_id] = GroupResult(group_id, corroborated, reasons)
    return results


def is_group_reason(reason: str) -> bool:
    """Whether a reason comes from grouping (corroboration or a dispute)."""
    return reason.startswith(GROUP_REASONS)


def _clusters(items: Sequence[GroupItem]) -> list[tuple[str, list[GroupItem]]]:
    linked: dict[str, list[GroupItem]] = defaultdict(list)
    loose: dict[tuple[str, str], list[GroupItem]] = defaultdict(list)
    for item in items:
        if item.ref_id:
            linked[f"ref|{item.measure}|{item.ref_id}"].append(item)
        elif item.place and item.on:
            loose[(item.measure, item.place.lower())].append(item)
    clusters = list(linked.items())
    for (measure, place), members in loose.items():
        members.sort(key=lambda i: i.on or date.min)
        run: list[GroupItem] = []
        for item in members:
            if run and item.on and run[-1].on and (item.on - run[-1].on).days > GROUP_DAYS:
                clusters.append((f"{measure}|{place}|{run[0].on}", run))
                run = []
            run.append(item)
        if run:
            clusters.append((f"{measure}|{place}|{run[0].on}", run))
    return clusters


def _consistent(a: CheckedFigure, b: CheckedFigure) -> bool:
    a_low, a_high = find_claim_interval(a)
    b_low, b_high = find_claim_interval(b)
    if a.approx is Approx.EXACT and b.approx is Approx.EXACT:
        return a_low <= b_high and b_low <= a_high
    return a_low <= b_high and b_low <= a_high


def _first_per_originator(items: Sequence[GroupItem]) -> list[GroupItem]:
    seen: dict[str, GroupItem] = {}
    for item in items:
        seen.setdefault(item.originator, item)
    return list(seen.values())


def _display(originator: str) -> str:
    return originator.removeprefix("publisher:")
