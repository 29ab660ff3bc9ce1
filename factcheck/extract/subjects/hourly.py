"""Money by the hour is a wage: "Getting $15 an hour", "earn up to $6 an hour less". Pure.

The real golds name such a figure "wage" whatever verb carries it ("getting", "earn"); a
subject that already names the pay ("minimum wage") is kept. In an article about the minimum
wage, "the minimum" alone is that wage: "Boosting the minimum to $15", "require a $15 minimum"
(realgold50 wash-post, realgold20 golds: "minimum wage", "wage").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import HOURLY_MARKS, HOURLY_UNITS, PAY_WORDS
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.subjects.money_subjects import is_money


def hourly_wage(doc: Doc, mention: Mention, subject: str) -> str:
    """ "hourly wage" for money "an hour" or "per hour" whose subject names no pay; else
    ``subject``."""
    if not is_money(doc[mention.figure[0] : mention.figure[1]]):
        return subject
    if subject.lower() == "minimum" and _writes_minimum_wage(doc):
        return "minimum wage"  # "Boosting the minimum to $15", "a $15 minimum"
    after = doc[mention.end : mention.end + 2]
    if len(after) < 2 or after[0].lower_ not in HOURLY_MARKS:
        return subject
    if after[1].lower_ not in HOURLY_UNITS:
        return subject
    follower = doc[after[1].i + 1] if after[1].i + 1 < len(doc) else None
    if follower is not None and follower.pos_ == "NOUN":
        return subject  # "a $15 an hour minimum wage": the noun after it says
    if any(word in PAY_WORDS for word in subject.lower().split()):
        return subject  # "$15 an hour minimum wage": the wage it names
    return "hourly wage"


def _writes_minimum_wage(doc: Doc) -> bool:
    """True if the article writes "minimum wage" (or "minimum wages") somewhere."""
    return any(
        t.lower_ == "minimum" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("wage", "wages")
        for t in doc
    )
