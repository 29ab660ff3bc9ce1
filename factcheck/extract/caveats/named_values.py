"""A dispute that names the figure by its value reaches every earlier figure of that value.
Pure.

Gold README, disputed ("rejected the figure") and "Headlines" and "Repeats": a figure given
again is a claim of its own at each place, with the caveats of the same figure. "Police have
rejected the figure of 22 as propaganda" disputes the militants' 22 in the key points and in
the body, paragraphs back (tests/wire2d d_5 gold); "The state prosecutor rejected the figure of
64" the families' 64 in the key events and in their quote (tests/wirep p_5 gold). The noun
names the figure ("figure", "number", "toll", "count", "estimate") and "of" gives its value;
every figure before the cue (and the value's own mention) with that value is the one disputed,
not the other figures of those sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.lexicon import NUMERIC_FIGURE_NOUNS

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def named_value_figures(cue: Token, figures: Sequence[CaveatTarget]) -> list[int] | None:
    """The figures with the value "the figure of N" names, up to the cue's sentence; None when
    the dispute names no value or no earlier figure has it."""
    value = _named_value(cue)
    if value is None:
        return None
    end = cue.sent.end
    found = [i for i, f in enumerate(figures) if f.number.i < end and f.value == value]
    return found or None


def _named_value(cue: Token) -> float | None:
    """ "rejected the figure of 64", "the figure of 22 was rejected": the value the noun
    gives."""
    for noun in cue.children:
        if noun.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            continue
        if noun.lemma_.lower() not in NUMERIC_FIGURE_NOUNS or noun.tag_ != "NN":
            continue
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for number in prep.children:
                if number.dep_ == "pobj" and number.tag_ == "CD":
                    return _number(number.text)
    return None


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None
