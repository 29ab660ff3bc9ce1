"""Bare numbers that stand for a figure every reader of US politics knows (issue 11). Pure.

Some numbers are said with no noun because the reader knows what they count: the delegates a
nominee needs ("stop him from getting to 1,237", "within 150 delegates of the 2,383 needed to
clinch") and the undocumented population ("before addressing the 12 million already here",
"Would it be negotiable about the 11 million?"). No earlier claim of the article names them, so
neither the delegate rule (``delegate_counts``, which needs a delegate word before) nor the
repeated-figure rule (``re_mentions``) reaches them, and the clause gives nothing or its verb
("", "address addressing", "lead"). The golds name what is counted ("delegates", "immigrants":
realgold tuning sets), as the README's ``subject`` asks.

Only a plain count (no unit, no currency) whose number has no noun of its own ("1,237
delegates", "2,383 nominees", "11 million votes") and names no whole ("11 million of them"),
and for the population only after a determiner ("the 11 million"): a bare "11 million" may
count anything its sentence names.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    FIGURE_HOLDER_NOUNS,
    NOMINATION_DELEGATE_BARS,
    STANDING_DETERMINERS,
    UNDOCUMENTED_POPULATIONS,
)
from factcheck.extract.subjects.delegate_counts import counts_a_later_noun
from factcheck.extract.subjects.noun_phrases import NOUNS

DELEGATES = "delegates"
UNDOCUMENTED = "undocumented immigrants"


def standing_subject(figure: Span, value: float, unit: str, subject: str) -> str:
    """What a bare standing figure counts, or ``subject`` as it is.

    Args:
        figure: the figure's span (its number, no unit).
        value: its normalised value.
        unit: its unit ("" for a plain count).
        subject: the subject the other rules found.
    """
    if unit or not len(figure) or not all(t.like_num for t in figure):
        return subject
    number = figure[-1]
    if _has_own_noun(number) or _names_whole(number):
        return subject
    if value in NOMINATION_DELEGATE_BARS and "delegate" not in subject.lower():
        return DELEGATES  # "getting to 1,237", "the 2,383 needed", "the 1,237 threshold"
    before = figure.doc[figure.start - 1] if figure.start > 0 else None
    if (
        value in UNDOCUMENTED_POPULATIONS
        and before is not None
        and before.lower_ in STANDING_DETERMINERS
        and "immigrant" not in subject.lower()
    ):
        return UNDOCUMENTED  # "addressing the 12 million already here"
    return subject


def _has_own_noun(number: Token) -> bool:
    """True for "1,237 delegates", "the 2,383 nominees needed", "11 million illegal immigrants"
    (the noun after the number past its modifiers, or the noun the parse hangs it on); not "the
    1,237 threshold" (a noun that only holds the figure) nor "the 2,383 needed"."""
    doc = number.doc
    for token in doc[number.i + 1 : number.i + 4]:
        if token.pos_ in NOUNS:
            return token.lower_ not in FIGURE_HOLDER_NOUNS
        if token.pos_ != "ADJ":
            break
    return counts_a_later_noun(number)


def _names_whole(number: Token) -> bool:
    """True for "11 million of them", "1,237 of the delegates": the whole is named."""
    doc = number.doc
    return number.i + 1 < len(doc) and doc[number.i + 1].lower_ == "of"
