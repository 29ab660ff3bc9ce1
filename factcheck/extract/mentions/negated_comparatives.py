"""A comparative bound in a negated clause turns round: "we will not go back for less than 9%"
(at least 9%), "at no point were there more than 42,000 people inside" (at most 42,000)
(tests/wiref, wireo golds: lower_bound, upper_bound; tests/wiren "nothing less than 7%" is the
lexicon's qualifier). Pure.

The gold README reads "more than" as a lower bound and "less than" as an upper one; a clause
that denies the comparison says the figure bounds the count from the other side, as a negated
bounding verb does (``verb_bounds.negated_bound``: "did not exceed 10", realgold5 gold). The
clause is the figure's own: "could not confirm that more than 20 died" keeps its bound (the
verb of "20" is "died"), and a figure before its verb, in its subject, is outside the denial:
"more than 50 people were not evacuated" stays more than 50. A span of time in a negated clause
measures the absence ("had not been seen for more than two days", "has not had a quake in more
than 500 years": tests/wirea, wired, wiren golds lower_bound) and keeps its bound; not a span
the verb takes as its object ("never spent more than 40 days abroad": at most 40).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import COMPARATIVE_QUALIFIER_WORDS, TIME_UNITS
from factcheck.model import Approx


def negated_comparative(doc: Doc, qualifier_start: int, fig_end: int, approx: Approx) -> Approx:
    """The bound of the figure ending at ``fig_end`` whose qualifier opens at
    ``qualifier_start``, turned round when the qualifier is a comparative and the figure's
    clause is negated."""
    if approx not in (Approx.LOWER_BOUND, Approx.UPPER_BOUND):
        return approx
    if doc[qualifier_start].lower_ not in COMPARATIVE_QUALIFIER_WORDS:
        return approx  # "no more than", "at least", "up to": not a bare comparative
    if _span_of_absence(doc, qualifier_start, fig_end):
        return approx  # "not seen for more than two days": how long the absence lasted
    verb = _clause_verb(doc[fig_end - 1])
    if verb is None or verb.i > qualifier_start or not _negated(verb):
        return approx
    return Approx.UPPER_BOUND if approx is Approx.LOWER_BOUND else Approx.LOWER_BOUND


def _clause_verb(token: Token) -> Token | None:
    """The first verb above ``token`` in the parse."""
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _negated(verb: Token) -> bool:
    """ "not", "never", "n't" on the verb, or "at no point", "at no time" before it."""
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "prep" and child.lower_ == "at":
            if any(
                gc.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in gc.children)
                for gc in child.children
            ):
                return True
    return False


def _span_of_absence(doc: Doc, qualifier_start: int, fig_end: int) -> bool:
    """A span of time a preposition opens: "for more than two days", "in more than 500 years"."""
    if qualifier_start == 0 or doc[qualifier_start - 1].pos_ != "ADP":
        return False
    return any(t.lemma_.lower() in TIME_UNITS for t in doc[qualifier_start : fig_end + 1])
