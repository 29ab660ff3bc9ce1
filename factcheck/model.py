"""Record types: articles in, claims out.

Field names follow the gold annotation keys (see ``seeds/gold/README`` in the shared spec), so a
claim is written with ``dataclasses.asdict`` and compared with gold without renaming.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Approx(StrEnum):
    """How approximate a figure is, as the text qualifies it."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    LOWER_BOUND = "lower_bound"
    UPPER_BOUND = "upper_bound"
    RANGE = "range"


class SourceKind(StrEnum):
    """Who a figure is attributed to."""

    NAMED_PERSON = "named_person"
    NAMED_ORG = "named_org"
    ANONYMOUS = "anonymous"
    NONE = "none"


class Caveat(StrEnum):
    """Sourcing caveats the text gives for a figure (the gold README's closed list)."""

    NOT_INDEPENDENTLY_VERIFIED = "not_independently_verified"
    ANONYMOUS_SOURCE = "anonymous_source"
    PARTISAN_SOURCE = "partisan_source"
    HEDGED = "hedged"
    DISPUTED = "disputed"
    PRELIMINARY = "preliminary"


class Status(StrEnum):
    """Verification status of a claim (factcheck.verify sets all but ``unverified``)."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    CORROBORATED = "corroborated"
    CONTRADICTED = "contradicted"


@dataclass(frozen=True)
class Article:
    """One article's text exactly as read, with what is known about where it came from.

    Attributes:
        doc: file name or URL, written into its claims.
        text: the text claims' offsets index (for HTML, its extracted main text).
        source: absolute file path or the URL asked for.
        title: headline, when known.
        published: publication date (YYYY-MM-DD), when known.
        origin: "file", "url" or "feed".
        feed_url: the feed that listed it.
        fetched_at: when it was fetched (URLs and feeds).
        etag: HTTP ETag of the response.
        last_modified: HTTP Last-Modified of the response.
        url: where it was published, when known (metadata file, page URL).
        publisher: who published it, when known (else the URL's host).
    """

    doc: str
    text: str
    source: str
    title: str | None = None
    published: str | None = None
    origin: str = "file"
    feed_url: str | None = None
    fetched_at: datetime | None = None
    etag: str | None = None
    last_modified: str | None = None
    url: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Source:
    """The person or body a figure is attributed to; ``text`` is empty for ``none``."""

    text: str
    kind: SourceKind


@dataclass(frozen=True)
class CaveatMention:
    """A caveat kind and the words in the article that carry it."""

    kind: Caveat
    text: str


class LinkKind(StrEnum):
    """How a claim relates to another claim of the same article (``factcheck.extract.links``)."""

    HEADLINE = "headline"  # a headline figure, stated again in the body
    REPEAT = "repeat"  # the same figure of the same thing, said again later
    COMPETING = "competing"  # another source's different figure for the same thing


@dataclass(frozen=True)
class ClaimLink:
    """A link from a claim to another claim of its article, named by that claim's span."""

    kind: LinkKind
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    """A numeric claim: a figure in an article with its qualifier, subject, source and caveats.

    Attributes:
        doc: file name (or URL) of the article.
        start: character offset of the mention in the article text as read.
        end: end offset (exclusive); ``text == article[start:end]``.
        value: normalised value ("2.3 million" -> 2300000); for ranges, the low end.
        high: the high end of a range, else None.
        approx: how the text qualifies the figure.
        unit: unit or currency, empty for plain counts.
        subject: what is counted or measured, a short noun phrase from the text.
        source: who the figure is attributed to.
        caveats: sourcing caveats, each with the text that carries it.
        key: a headline, check-worthy figure.
        status: verification status.
        flagged: True when the claim is not verified.
        flag_reasons: why the claim is flagged, most important first.
        sentence: the sentence the figure stands in, whitespace collapsed (issue 8: a
            fact-checker reads a figure in its sentence).
        implied: a count the text implies without a digit ("a man was shot and killed" = 1).
        links: links to other claims of the article: the body figure a headline figure states,
            the earlier figure a repeat repeats, another source's competing figure.
    """

    doc: str
    start: int
    end: int
    text: str
    value: float
    approx: Approx
    subject: str
    source: Source
    high: float | None = None
    unit: str = ""
    caveats: tuple[CaveatMention, ...] = ()
    key: bool = False
    status: Status = Status.UNVERIFIED
    flagged: bool = True
    flag_reasons: tuple[str, ...] = field(default_factory=tuple)
    sentence: str = ""
    implied: bool = False
    links: tuple[ClaimLink, ...] = ()

    def to_record(self) -> dict[str, Any]:
        """Return the claim as a JSON-ready dict with the public field names."""
        record = asdict(self)
        record["value"] = _plain_number(self.value)
        record["high"] = None if self.high is None else _plain_number(self.high)
        record["caveats"] = [asdict(c) for c in self.caveats]
        record["flag_reasons"] = list(self.flag_reasons)
        record["links"] = [asdict(link) for link in self.links]
        if not self.implied:  # gold README: only implied counts carry "implied": true
            del record["implied"]
        return record


@dataclass(frozen=True)
class NotClaim:
    """A number-like mention that is not a claim, and why (dates, names, ordinals...)."""

    doc: str
    start: int
    end: int
    text: str
    why: str


def _plain_number(value: float) -> int | float:
    """Write whole numbers as ints so JSON shows 240, not 240.0."""
    return int(value) if float(value).is_integer() else value
