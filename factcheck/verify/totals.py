"""Everyone shot, killed or not: a "shot" claim against an incident's two records. Pure.

Reference data (GVA) gives an incident as two rows, killed and injured. "5 people shot" counts
both: the candidate query finds the killed row and its injured partner (same url, place and
period), and the claim is checked against their sum. The link keeps the killed row's id; the
reference value is the total, and the reason says what was added up.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from factcheck.verify.measures import SHOT
from factcheck.verify.status import Reference

# The reference measure whose rows the candidate query looks up for a claim's measure.
_LOOKED_UP = {SHOT: "killed"}


def reference_measure(measure: str) -> str:
    """The measure of the reference rows a claim of ``measure`` is looked up in."""
    return _LOOKED_UP.get(measure, measure)


def shot_total(killed: Reference, record: dict[str, Any]) -> Reference | None:
    """The killed row plus its injured partner (``partner_*`` in ``record``), or None if none."""
    partner = record.get("partner_value")
    if partner is None:
        return None
    low = _add(killed.low, killed.value, record.get("partner_low"), partner)
    high = _add(killed.high, killed.value, record.get("partner_high"), partner)
    return replace(killed, measure=SHOT, value=killed.value + partner, low=low, high=high)


def _add(
    bound: float | None, value: float, other: float | None, other_value: float
) -> float | None:
    """The sum of two bounds, each defaulting to its value; None when neither has one."""
    if bound is None and other is None:
        return None
    return (value if bound is None else bound) + (other_value if other is None else other)
