"""A claim against a reference figure: tolerance, status and the reasons that name the evidence.

Pure: no I/O. Issue 9's rules: a claim is verified when it agrees with the figure in force at
the article's date within its own approximation ("roughly 240" fits 240-242, "at least 3"
fits 4, "over 1,400" does not fit 1,200); contradicted when it does not; a figure from the
claim's own originator shows consistency, not verification; a later revision is a reason, not a
contradiction.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from factcheck.model import Approx, Status

# "roughly 240", "about 2.2 million": the text admits this much either way.
APPROXIMATE_SHARE = 0.10
# Figures this large with trailing zeros are rounded ("2.3 million", "1,400"): half of the
# last non-zero digit's place either way. Smaller counts ("3 killed") are exact.
ROUNDED_FROM = 1000


@dataclass(frozen=True)
class Reference:
    """One revision of a trusted reference figure (a row of reference_figures)."""

    ref_id: str
    revision: int
    measure: str
    value: float
    publisher: str
    url: str
    place: str = ""
    low: float | None = None
    high: float | None = None
    period_start: date | None = None
    period_end: date | None = None
    as_of: date | None = None
    originator: str = ""


@dataclass(frozen=True)
class CheckedFigure:
    """The parts of a claim a check needs."""

    text: str
    value: float
    approx: Approx
    high: float | None = None
    source_text: str = ""
    # An implied count ("a man was shot and killed", "Eric Cole, 19, was killed") counts the
    # people one sentence names, not the incident: at least that many.
    implied: bool = False
    # A count of some of the people measured: those in a condition or still in a hospital
    # ("two remain in serious condition", ``measures.counts_a_part``): at least that many.
    part: bool = False


@dataclass(frozen=True)
class Decision:
    """The outcome of checking one claim against its reference."""

    status: Status
    reasons: tuple[str, ...]
    difference: float | None = None
    own_originator: bool = False


def find_claim_interval(figure: CheckedFigure) -> tuple[float, float]:
    """Return the values a claim admits, given how the text qualifies it."""
    value, high = figure.value, figure.high
    slack = _rounding(value)
    if figure.approx is Approx.APPROXIMATE:
        slack = max(slack, abs(value) * APPROXIMATE_SHARE)
        return value - slack, math.inf if figure.part else value + slack
    if figure.approx is Approx.LOWER_BOUND or (
        (figure.implied or figure.part) and figure.approx is Approx.EXACT
    ):
        return value - slack, math.inf
    if figure.approx is Approx.UPPER_BOUND:
        return -math.inf, value + slack
    if figure.approx is Approx.RANGE and high is not None:
        return value - slack, high + _rounding(high)
    return value - slack, value + slack


def find_reference_interval(reference: Reference) -> tuple[float, float]:
    """Return the values a reference admits: its low-high range, else its value."""
    low = reference.value if reference.low is None else min(reference.low, reference.value)
    high = reference.value if reference.high is None else max(reference.high, reference.value)
    return low, high


def fits(figure: CheckedFigure, reference: Reference) -> bool:
    """True when the claim's admitted values meet the reference's."""
    claim_low, claim_high = find_claim_interval(figure)
    ref_low, ref_high = find_reference_interval(reference)
    return claim_low <= ref_high and ref_low <= claim_high


def is_own_originator(source_text: str, originator: str) -> bool:
    """True when the claim's source is one of the reference's originators.

    ``originator`` lists names separated by ";" ("Gaza health ministry; Hamas"); a name
    matches when each of its words (plural or adjective forms aside) is in the source text.
    """
    source_words = {_stem(w) for w in re.findall(r"[\w-]+", source_text.lower())}
    for name in originator.split(";"):
        words = {_stem(w) for w in re.findall(r"[\w-]+", name.lower())} - {"the", "of", "in"}
        if words and words <= source_words:
            return True
    return False


def decide(
    figure: CheckedFigure, in_force: Reference, *, later: Reference | None = None
) -> Decision:
    """Check a claim against the reference in force at its article's date.

    Args:
        figure: the claim.
        in_force: the linked reference figure as it stood at the article's date.
        later: the latest revision of the same figure given after that date, if any.
    """
    difference = figure.value - in_force.value
    agrees = fits(figure, in_force)
    revised: tuple[str, ...] = ()
    if later is not None and later.value != in_force.value:
        revised = (f"revised: {later.publisher} gives {_number(later.value)} as of {later.as_of}",)
    evidence = (
        f"{in_force.publisher} gives {_number(in_force.value)} {_what(in_force)} ({in_force.url})"
    )
    if is_own_originator(figure.source_text, in_force.originator):
        verdict = "consistent with" if agrees else "differs from"
        return Decision(
            status=Status.UNVERIFIED if agrees else Status.CONTRADICTED,
            reasons=(
                f"own originator: the only reference is its own source's figure, {verdict} "
                f"it: {evidence}; consistency is not verification",
                *revised,
            ),
            difference=difference,
            own_originator=True,
        )
    if agrees:
        return Decision(Status.VERIFIED, (f"verified: {evidence}", *revised), difference)
    return Decision(
        Status.CONTRADICTED,
        (f"contradicted: {evidence}; the claim says {figure.text}", *revised),
        difference,
    )


def _what(reference: Reference) -> str:
    when = reference.as_of or reference.period_end or reference.period_start
    place = f" in {reference.place}" if reference.place else ""
    what = "shot (killed and injured)" if reference.measure == "shot" else reference.measure
    return f"{what}{place}" + (f" as of {when}" if when else "")


def _rounding(value: float) -> float:
    """Half the place of the last non-zero digit of a large round figure, else 0."""
    value = abs(value)
    if value < ROUNDED_FROM or value != int(value):
        return 0.0
    place = 1
    while int(value) % (place * 10) == 0:
        place *= 10
    return place / 2 if place > 1 else 0.0


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _stem(word: str) -> str:
    # "israeli" ~ "israel", "ministries" ~ "ministry", "officials" ~ "official"
    for suffix, replacement in (("ies", "y"), ("i", ""), ("s", "")):
        if word.endswith(suffix) and len(word) > 4:
            return word[: -len(suffix)] + replacement
    return word
