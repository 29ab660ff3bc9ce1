"""Money named as compensation by its sentence: "will pay 1 million rupees to the family of each
person killed in compensation", "set aside up to HK$1.1 billion to compensate clients". Pure.

The golds name every money figure of a sentence that calls the money compensation (or
reparations) by that word, beside who gets it (14 of 14 money claims of such sentences in the
wire and corpus golds: wiref, wiren, corpus by three writers), whatever verb pays it ("pay" ->
"payment", "set aside", "receive"): the word is put before the subject already found.

A sentence that pays money to the bereaved calls it compensation without the word: "will pay
1 million rupees to the families of each of those killed, 250,000 rupees to the seriously
injured" (wire golds by four writers, tests/wireb, wirek, wirel, wirex: all 10 such sums
"compensation"; wirea's "announced relief of ... for the family" names it by its own word and
has no verb of paying).
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import (
    BEREAVED_RECIPIENTS,
    BEREAVEMENT_WORDS,
    COMPENSATION_CUES,
    PAYING_VERBS,
)
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
        "compensation" if _paid_to_bereaved(figure.sent) else "",
    )
    if not word or word in subject.lower().split():
        return subject
    return f"{word} {subject}".strip()


def _paid_to_bereaved(sent: Span) -> bool:
    """True for a sentence in which a verb of paying gives money to the family of the dead:
    "pay 5 million naira to the family of each person killed"."""
    for token in sent:
        prep = token.head
        if (
            token.lemma_.lower() in BEREAVED_RECIPIENTS
            and token.dep_ == "pobj"
            and prep.lower_ in ("to", "for")
            and prep.head.lemma_.lower() in PAYING_VERBS
            and any(t.lemma_.lower() in BEREAVEMENT_WORDS for t in token.subtree)
        ):
            return True
    return False
