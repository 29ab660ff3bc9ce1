"""When a bounding verb does not bound its figure (issue 11, session 26). Pure.

"The death count crossed 9,000" makes 9,000 a lower bound (the seed; gold README "crossed",
"exceeded"). Two readings turn that off or round:

- the figure is a bar to clear, not a count: "cruise past the 1,237 delegates needed", "passed
  the 270 electoral votes required", "crossed the 1,237 threshold" (realgold12, realgold19
  golds: exact);
- the verb is negated: "could not break 50 percent", "did not exceed 10" say the count stayed
  at or under the figure (realgold5 gold: upper_bound).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import REQUIREMENT_VERBS, THRESHOLD_NOUNS
from factcheck.model import Approx


def is_required_amount(token: Token) -> bool:
    """True if ``token`` (the figure, or the noun it counts) names a bar: a noun "needed" or
    "required", or a "threshold"."""
    if token.lemma_.lower() in THRESHOLD_NOUNS:
        return True
    return any(
        child.dep_ == "acl" and child.lemma_.lower() in REQUIREMENT_VERBS
        for child in token.children
    )


def negated_bound(verb: Token, approx: Approx) -> Approx:
    """The bound a bounding verb puts on its figure, flipped when the verb is negated."""
    if not any(child.dep_ == "neg" for child in verb.children):
        return approx
    return Approx.UPPER_BOUND if approx is Approx.LOWER_BOUND else Approx.LOWER_BOUND
