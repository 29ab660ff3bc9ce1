"""Anonymous sources come in many shapes (session 37, branch anon45): the invented challenge
sentences of ``challenge_anon45.py`` (officials, people familiar with the talks, aides and
advisers, a party's strategists and a candidate's allies, anonymity said in several ways,
reports, witnesses, neighbours and residents) and its negatives (a named person, a unique role,
an institution). Gold README "Source kinds" and the `anonymous_source` caveat."""

from __future__ import annotations

from factcheck.model import Caveat
from tests.conftest import claim_named
from tests.extract.challenge_anon45 import CHALLENGE, NEGATIVES

# 87 of 95 positives with kind and caveat right (at 0.34.0: 85 of 95; 92 with anon45's
# plural-people kind rule, held back: it put four wrong caveats on a held-out set); negatives
# given the anonymous kind or caveat: 3 of 25 (unchanged: "The county coroner", "The company's
# chief executive", "The school district" read anonymous); 89 of 95 with anonsrc's plural
# staff roles (session 43: "Republican strategists", "Democratic operatives")
_RECALL_FLOOR = 0.93
_FALSE_CEILING = 3


def _anonymous(claim) -> tuple[str, bool]:
    cue = any(m.kind == Caveat.ANONYMOUS_SOURCE for m in claim.caveats)
    return claim.source.kind.value, cue


def test_challenge_unnamed_sources_are_anonymous_with_the_caveat(nlp):
    right = 0
    for text, figure, kind, caveat in CHALLENGE:
        claim = claim_named(nlp, text, figure)
        right += claim is not None and _anonymous(claim) == (kind, caveat)
    assert right / len(CHALLENGE) >= _RECALL_FLOOR


def test_challenge_named_sources_are_not_anonymous(nlp):
    wrong = 0
    for text, figure, _kind in NEGATIVES:
        claim = claim_named(nlp, text, figure)
        wrong += claim is not None and _anonymous(claim) != (_kind, False)
    assert wrong <= _FALSE_CEILING
