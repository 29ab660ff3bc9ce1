"""A headline that names its law-enforcement source after a comma: "Man kills 4 over taxes,
police", "Two hurt in crash, state troopers say - WXYZ-TV: News" (issue 11, local news). Pure.

The gold README: "if the headline names no source, its source is none"; this headline names
one, as "..., police" stands for "..., police say" (realgold gold: "police", named_org, for the
figure of such a headline). Only a short phrase ending in a law body (``HEADLINE_ORG_LABELS``:
"police", "cops", "deputies", ...) counts: a comma before other words is part of the news
("Man shot, wounded"). Whatever follows the body is an outlet's suffix after " - " or " | "
("- WBTW-TV: News, Weather, and Sports"), whose own colon ``find_headline_source`` must not
read as the source.
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import HEADLINE_ORG_LABELS
from factcheck.model import Source, SourceKind

_BODIES = "|".join(sorted(HEADLINE_ORG_LABELS))
# ", police", ", Montgomery police say", then the headline's end or an outlet's suffix.
_COMMA_TAIL_RE = re.compile(
    rf",\s+((?:[A-Z][\w.'’-]*\s+){{0,2}}(?i:{_BODIES}))(?:\s+(?i:say|says|said))?"
    r"\s*(?:$|\s[-|–]\s)"
)


def comma_tail_source(headline: str) -> Source | None:
    """The law body a headline names after its last comma, or None.

    Args:
        headline: the headline's text.

    Returns:
        "police" (named_org) for "Man kills 4 over taxes, police - WBTW-TV: News"; None for
        "Man kills 4, wounds police officer".
    """
    matches = list(_COMMA_TAIL_RE.finditer(headline))
    if not matches:
        return None
    return Source(text=matches[-1].group(1), kind=SourceKind.NAMED_ORG)
