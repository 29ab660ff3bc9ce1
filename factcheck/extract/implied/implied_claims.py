"""An implied count as a claim: its subject ("man killed", "girl shot"), its source (never the
counted people themselves, issue 11) and its sentence, with ``implied=True``. Pure.

Split from ``implied.py``: ``claims.py`` asks ``implied_target`` for the figure caveats may
attach to and ``implied_claim`` for the claim (gold README, "Implied counts": "a man was
killed" is exactly one).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.extract.caveats.caveats import CaveatTarget
from factcheck.extract.doctext import span_text
from factcheck.extract.implied.implied_count import ImpliedCount
from factcheck.extract.lexicon import REFLEXIVE_PERSONS
from factcheck.extract.sources.attribution import find_source
from factcheck.flags import find_flag_reasons
from factcheck.model import Approx, CaveatMention, Claim, Source, SourceKind, Status


def implied_target(doc: Doc, count: ImpliedCount) -> CaveatTarget:
    """The implied count as a figure caveats may attach to (its anchor, mostly its verb, stands
    for the number)."""
    subject = count.measure
    if count.noun and count.noun != "old":
        subject = f"{count.noun} {count.measure}"  # "man killed", "girl shot"
    elif count.text.lower() in REFLEXIVE_PERSONS:
        # "before shooting himself": the shooter is who is counted, named by the pronoun
        subject = f"{count.measure} {count.text.lower()}"
    source = find_source(doc, count.anchor, narrated=True)
    if source.text and _names_within(source.text, count.text):
        # a headline's "Mother, child found dead": the counted people are not their source
        # (issue 11: never the counted thing as the source)
        source = Source(text="", kind=SourceKind.NONE)
    return CaveatTarget(
        number=count.anchor,
        source=source,
        subject=subject,
        value=count.value,
    )


def implied_claim(
    count: ImpliedCount,
    target: CaveatTarget,
    caveats: tuple[CaveatMention, ...],
    *,
    doc_name: str,
) -> Claim:
    """Return an implied count as a claim with ``implied=True``.

    Args:
        count: the implied count.
        target: its source and subject (``implied_target``).
        caveats: the caveats found for it.
        doc_name: the article's name.
    """
    return Claim(
        doc=doc_name,
        start=count.start,
        end=count.end,
        text=count.text,
        value=count.value,
        # the real gold writes "a man was killed" as exactly one
        approx=Approx.EXACT,
        subject=target.subject,
        source=target.source,
        caveats=caveats,
        key=True,
        status=Status.UNVERIFIED,
        flag_reasons=find_flag_reasons(
            status=Status.UNVERIFIED, source=target.source, caveats=caveats
        ),
        # issue 8: a fact-checker reads the count in its sentence, as any figure
        sentence=" ".join(span_text(count.anchor.sent).split()),
        implied=True,
    )


def _names_within(source: str, counted: str) -> bool:
    """True if the source's words stand whole inside the counted phrase ("Mother" in "Mother,
    child"), not as letters of another word ("he" in "his nephew")."""
    return re.search(rf"(?<!\w){re.escape(source.lower())}(?!\w)", counted.lower()) is not None
