"""A poll's margin of error stated as the predicate of its own clause: "The margin of error for
the CBS poll was six points", "The margin of error for all three state polls was +/-3
percentage points".

``poll_subjects.after_margin_of_error`` reads "margin of error" in the few words before a
figure; a phrase after "margin of error" ("for all three state polls") pushes it out of reach,
and the figure took the clause's subject alone ("margin"), which names a lead, not the error.

Notes:
    Gold README, "subject": what is measured. Every tuning gold of a margin of error names
    "margin of error" or "error" (realgold4, 7, 8, 10, 12, 20, 31).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import ERROR_KINDS

_MARGIN_WORDS = frozenset({"margin", "margins"})


def predicated_margin_of_error(figure: Span) -> bool:
    """True for a figure that a copula says a "margin of error" is: "The margin of (sampling)
    error for the poll was six points"."""
    root = figure.root
    while root.dep_ in ("nummod", "quantmod", "compound") and root.head != root:
        root = root.head  # "six points" -> "points"
    if root.dep_ not in ("attr", "acomp") or root.head.lemma_ != "be":
        return False
    subjects = [c for c in root.head.children if c.dep_ == "nsubj" and c.i < root.i]
    return any(s.lower_ in _MARGIN_WORDS and _of_error(s) for s in subjects)


def _of_error(margin: Token) -> bool:
    """True for "margin of error", "margin of sampling error"."""
    for prep in margin.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lower_ == "error":
                    return all(m.lower_ in ERROR_KINDS for m in noun.lefts if m.dep_ != "det")
    return False
