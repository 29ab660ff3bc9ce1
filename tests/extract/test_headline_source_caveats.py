"""A headline figure with a source of its own takes no source caveat of the body's figure.

"Lee: Only Two Errors" over "Multiple news reports say there were two errors": the headline's
"two" is Lee's, so the body's `anonymous_source` does not follow it, while a hedge does
(headlines.share_headline_caveats; docs/gold-conventions.md, "Caveats of a headline figure").
"""

from factcheck.extract.headlines import share_headline_caveats
from factcheck.model import Caveat, CaveatMention


def test_headline_with_its_own_source_takes_no_source_caveat_of_the_body() -> None:
    # "Lee: Only Two Errors" over "Multiple news reports say there were two errors, probably":
    # the headline's "two" is Lee's, hedged as the body's, but its source is not unnamed.
    body = (
        CaveatMention(kind=Caveat.ANONYMOUS_SOURCE, text="Multiple news reports"),
        CaveatMention(kind=Caveat.HEDGED, text="probably"),
    )
    shared = share_headline_caveats(
        [True, False], [(2.0, None, ""), (2.0, None, "")], [(), body], unattributed=[False, False]
    )
    assert [c.kind for c in shared[0]] == [Caveat.HEDGED]
