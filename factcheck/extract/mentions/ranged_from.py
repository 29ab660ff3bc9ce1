"""A range said with "from X to Y" after "range" or "vary": "payments ranged from 5,000 to 40,000
euros", "gives a range for its estimate, from 14,200 to 21,600 deaths" (tests/wiree, wirem
golds: one claim, approx range, value X, high Y; two writers). Pure.

"from X to Y" is otherwise a change ("rose from 5 to 7": two figures, ``range_joiners``); the
word that says the figures bound a spread of values turns it into the gold README's range
("X to Y" -> range).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import RANGE_FROM_WORDS

# How far back from the joiner "from" may stand: "from US$ 1.2 million to".
_FROM_REACH = 5


def ranges_from(doc: Doc, joiner: int) -> bool:
    """True if the "from" before the figure that ends at token ``joiner`` ("to") hangs on a
    word of spread ("ranged from", "vary from") or on a verb whose object is one ("gives a
    range ..., from")."""
    sent_start = doc[joiner].sent.start
    for k in range(joiner - 1, max(joiner - 1 - _FROM_REACH, sent_start - 1), -1):
        if doc[k].lower_ != "from":
            continue
        head = doc[k].head
        if head.lemma_.lower() in RANGE_FROM_WORDS:
            return True
        return any(
            child.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
            and child.lemma_.lower() in RANGE_FROM_WORDS
            for child in head.children
        )
    return False
