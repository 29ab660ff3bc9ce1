"""Bare shares after a share of a named whole: "Iowa (93 percent of its voters were white),
Ohio (79 percent)", "54 percent of the electorate was older, 72 percent white", "28 percent of
voters viewed her well, compared with 33 percent last month".

A percentage with no noun of its own, after a percentage "of" a whole in its sentence, counts
that whole as the one before it does, even in a poll sentence: it is not the poll's support for
a candidate (realgold10, realgold20 golds: "voters", "electorate").
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import PERCENT_WORDS


def whole_named_before(figure: Span) -> bool:
    """True if a percentage before ``figure`` in its sentence is followed by "of" a noun."""
    doc = figure.doc
    for token in doc[figure.sent.start : figure.start]:
        if not (token.lower_ in PERCENT_WORDS or token.text.endswith("%")):
            continue
        after = doc[token.i + 1 : min(token.i + 4, figure.start)]
        if len(after) >= 2 and after[0].lower_ == "of" and any(t.pos_ == "NOUN" for t in after[1:]):
            return True
    return False
