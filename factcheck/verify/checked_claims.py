"""A claim as a check sees it: what its own check found before grouping, its figure with the
words after it, and the flag reasons its status, groups and review give. Pure.

Split from ``check.py``. A verified claim, or one a reviewer marked "accurate", has no flag
reasons; "unverified" stays only where no reference is linked and no group corroborates the
claim; a review's verdict comes first ("reviewed inaccurate").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from factcheck.flags import UNVERIFIED_REASON, find_flag_reasons
from factcheck.model import Approx, Caveat, CaveatMention, Source, SourceKind, Status
from factcheck.verify.groups import GroupItem
from factcheck.verify.match import Link
from factcheck.verify.measures import counts_a_part, names_a_part
from factcheck.verify.status import CheckedFigure, Decision


@dataclass(frozen=True)
class Checked:
    """A claim with what its own check found, before grouping."""

    claim: dict[str, Any]
    measure: str | None
    decision: Decision | None
    link: Link | None
    item: GroupItem | None
    originator: str
    place: str
    on: date | None


def checked_figure(claim: dict[str, Any], text: str) -> CheckedFigure:
    """The claim's figure as the decisions read it, with whether it counts a part: the words
    after it put the people in care, or its subject names a group within those harmed."""
    return CheckedFigure(
        text=claim["text"],
        value=claim["value"],
        approx=Approx(claim["approx"]),
        high=claim["high"],
        source_text=claim["source_text"],
        implied=bool(claim.get("implied")),
        part=counts_a_part(text_after(text, claim), text_before(text, claim))
        or names_a_part(claim.get("subject") or ""),
    )


def text_before(text: str, claim: dict[str, Any]) -> str:
    """The words before a claim's figure, to the part cues' reach ("the next two")."""
    return text[max(claim["start"] - 40, 0) : claim["start"]]


def text_after(text: str, claim: dict[str, Any]) -> str:
    """The words after a claim's figure, to the measure cues' reach."""
    return text[claim["end"] : claim["end"] + 80]


def check_flag_reasons(
    claim: dict[str, Any],
    status: Status,
    reasons: Sequence[str],
    verdict: str | None,
    *,
    linked: bool,
) -> list[str]:
    """The flag reasons of a claim with this status, these reasons and this review verdict."""
    if status is Status.VERIFIED and verdict in (None, "accurate"):
        return []
    if verdict == "accurate":
        return []
    caveats = tuple(CaveatMention(Caveat(c["kind"]), c["text"]) for c in claim["caveats"])
    source = Source(claim["source_text"], SourceKind(claim["source_kind"]))
    base = [
        r
        for r in find_flag_reasons(status=Status.UNVERIFIED, source=source, caveats=caveats)
        if r != UNVERIFIED_REASON or not (linked or status is Status.CORROBORATED)
    ]
    review = [f"reviewed {verdict}"] if verdict else []
    return [*review, *[r for r in reasons if not r.startswith("verified")], *base]
