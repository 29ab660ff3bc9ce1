"""Whether a claim is check-worthy and why an unverified claim is flagged."""

from __future__ import annotations

from factcheck.extract.lexicon import KEY_SUBJECT_WORDS, KEY_UNITS
from factcheck.model import Caveat, CaveatMention, Source, SourceKind, Status

UNVERIFIED_REASON = "unverified: no trusted reference figure or independent corroboration"
_CAVEAT_REASONS = {
    Caveat.NOT_INDEPENDENTLY_VERIFIED: "the text says it could not be verified",
    Caveat.ANONYMOUS_SOURCE: "anonymous source",
    Caveat.PARTISAN_SOURCE: "partisan source",
    Caveat.HEDGED: "hedged",
    Caveat.DISPUTED: "disputed",
    Caveat.PRELIMINARY: "preliminary",
}


def classify_key(
    *,
    subject: str,
    unit: str,
    caveats: tuple[CaveatMention, ...],
    in_headline: bool,
    conversion: bool = False,
) -> bool:
    """Return True for a headline, check-worthy figure.

    Notes:
        Gold README, ``key``: headline figures, sourced casualty or population counts and
        money or rates are check-worthy; incidental counts ("18 Democrats", "five agenda
        items"), measures (distances, durations) and currency conversions in brackets are not.
    """
    if conversion:
        return False
    if in_headline or unit in KEY_UNITS or unit.isupper():
        return True
    if any(c.kind is not Caveat.ANONYMOUS_SOURCE for c in caveats):
        return True
    words = {w.lower().rstrip("s") for w in subject.split()}
    return bool(words & KEY_SUBJECT_WORDS)


def find_flag_reasons(
    *, status: Status, source: Source, caveats: tuple[CaveatMention, ...]
) -> tuple[str, ...]:
    """Return why a claim is flagged, most important first; empty when it is verified."""
    if status in (Status.VERIFIED, Status.CORROBORATED):
        return ()
    reasons = []
    if status is Status.CONTRADICTED:
        reasons.append("contradicted by a reference figure")
    for caveat in caveats:
        detail = f": {caveat.text}" if caveat.text else ""
        reasons.append(f"{_CAVEAT_REASONS[caveat.kind]}{detail}")
    if source.kind is SourceKind.NONE:
        reasons.append("unattributed")
    if status is Status.UNVERIFIED:
        reasons.append(UNVERIFIED_REASON)
    return tuple(reasons)
