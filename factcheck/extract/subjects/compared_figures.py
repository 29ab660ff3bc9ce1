"""A figure set against the one before it by "compared to" or "compared with", named by a
phrase of place or side: it counts what that figure counts (subj52).

"42 percent of likely voters backed the mayor, compared to 35 percent in a similar poll last
year": the 35 percent are likely voters too, not "similar poll"; "47 percent of registered
voters would back the senator, compared to 41 percent for the former mayor": the voters again,
for the other side, which stays in the subject ("registered voters former mayor"). The golds
name the compared figure's whole for both (gold README, "subject": what is counted).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import COMPARED_SIDE_PREPS
from factcheck.extract.subjects.noun_phrases import noun_phrase

# "poll support", "poll support among registered voters": a subject that names the poll's
# share already (``subjects.py``)
POLL_SUBJECT_PREFIX = "poll "


def compared_side(figure: Span) -> Token | None:
    """The "in" or "for" of a figure after "compared to/with" that has no whole of its own,
    or None: "compared to 35 percent in a similar poll" -> "in"; not "compared with 11 percent
    of Republican primary voters" (its own whole) nor "compared with 33 percent last month"."""
    head = figure[-1]
    joined = head.head
    if head.dep_ != "pobj" or joined.lower_ not in ("to", "with"):
        return None
    if joined.head.lemma_.lower() != "compare":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None
    return next(
        (c for c in head.children if c.dep_ == "prep" and c.lower_ in COMPARED_SIDE_PREPS), None
    )


def compared_subject(side: Token, earlier: str, own: str) -> str:
    """The compared figure's subject: the earlier figure's, with the side it is for ("for the
    former mayor") after it; a place or time ("in a similar poll") only placed it. A poll's
    support of its own keeps that, with the side."""
    objects = [c for c in side.children if c.dep_ == "pobj"]
    named = noun_phrase(objects[0], after=side.i) if objects else ""
    if own.startswith(POLL_SUBJECT_PREFIX):
        # "52 percent said Lind would be better, compared with 41 percent for Ortiz": the poll's
        # support already, for Ortiz; not the answer given of Lind
        base = own
    elif not earlier:
        return own
    else:
        base = earlier
    if side.lower_ != "for" or not named or named.lower() in base.lower():
        return base
    return f"{base} {named}"
