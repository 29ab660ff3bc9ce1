"""A net rating's sign: "minus 41", "a net negative 6 points", "-11 points", "+32 points". Pure.

A poll's net rating (favourable less unfavourable) is written with a sign: "Trump's net
negative is minus 41", "Clinton had a net negative rating of -11 points", "Kasich sits at +32
points". The tuning golds give the signed value and take the sign into the span ("minus 41":
-41; "-11 points": -11; "plus 21 points": 21; realgold7, realgold24), so the sign word or mark
starts the mention and a minus makes the value negative. Not "plus or minus 3 points" (a margin
of error), and "negative" only before points ("a negative 42%-49% approval rating" is a pair of
shares, not -42).
"""

from __future__ import annotations

from collections.abc import Sequence
from re import Pattern

from spacy.tokens import Doc
from spacy.util import compile_prefix_regex

from factcheck.extract.lexicon import (
    MINUS_SIGN_WORDS,
    POINT_WORDS,
    SIGN_MARKS,
    SIGN_WORDS_BEFORE_POINTS,
)

# "-11 points": the tokenizer keeps "-11" whole; a sign before a digit is split off so the
# figure reads as any other (the sign is read back by ``signed_start``); the "/" of a margin of
# error's "+/-3" is split off before its "-" the same way, so "3 percentage points" is read
SIGN_PREFIXES = (r"[-+−](?=[0-9])", r"/(?=[-−][0-9])")


def sign_prefixes(prefixes: Sequence[str | Pattern[str]]) -> Pattern[str]:
    """The prefix regex that splits "-11" into "- 11" and "+32" into "+ 32" (a tokenizer's
    ``search``).

    Args:
        prefixes: the language's own prefix patterns (``nlp.Defaults.prefixes``).
    """
    return compile_prefix_regex([*prefixes, *SIGN_PREFIXES])


def signed_start(doc: Doc, fig_start: int, fig_end: int) -> int | None:
    """The token that starts the figure's sign ("minus", "-", "plus"), or None.

    Args:
        doc: the parsed article.
        fig_start: the figure's first token ("41" of "minus 41").
        fig_end: the token after the figure, its unit included.
    """
    if fig_start == 0:
        return None
    sign = doc[fig_start - 1]
    before = [t.lower_ for t in doc[max(fig_start - 3, 0) : fig_start - 1]]
    in_points = doc[fig_end - 1].lower_ in POINT_WORDS
    if sign.text in SIGN_MARKS:
        glued = not sign.whitespace_
        spaced_before = (
            fig_start == 1
            or bool(doc[fig_start - 2].whitespace_)
            or (doc[fig_start - 2].text == "(")
        )
        return fig_start - 1 if glued and spaced_before and in_points else None
    if before[-2:] == ["plus", "or"] or before[-1:] == ["or"]:
        return None  # "plus or minus 3 points": a margin of error
    if sign.lower_ == "minus":
        return fig_start - 1  # "Trump's net negative is minus 41"
    if sign.lower_ in SIGN_WORDS_BEFORE_POINTS and in_points:
        return fig_start - 1  # "a net negative 6 points", "down from plus 21 points"
    return None


def is_negative(sign: str) -> bool:
    """True if a figure's sign ("minus", "-", "negative") makes its value negative."""
    return sign.lower() in MINUS_SIGN_WORDS
