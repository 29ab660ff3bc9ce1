"""Money named as compensation by its sentence: "will pay 1 million rupees to the family of each
person killed in compensation", "set aside up to HK$1.1 billion to compensate clients". Pure.

The golds name every money figure of a sentence that calls the money compensation (or
reparations) by that word, beside who gets it (14 of 14 money claims of such sentences in the
wire and corpus golds: wiref, wiren, corpus by three writers), whatever verb pays it ("pay" ->
"payment", "set aside", "receive"): the word is put before the subject already found.
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import COMPENSATION_CUES
from factcheck.extract.subjects.money_subjects import is_money


def with_compensation(figure: Span, subject: str) -> str:
    """``subject`` with "compensation" before it when ``figure`` is money in a sentence that
    calls money compensation; ``subject`` unchanged otherwise (and when it names it already)."""
    if not is_money(figure):
        return subject
    word = next(
        (
            COMPENSATION_CUES[t.lemma_.lower()]
            for t in figure.sent
            if t.lemma_.lower() in COMPENSATION_CUES and not figure.start <= t.i < figure.end
        ),
        "",
    )
    if not word or word in subject.lower().split():
        return subject
    return f"{word} {subject}".strip()
