"""A poll's pair of shares written as one word: "41%-29%", "44%-38.5%". Pure.

Issue 11: spaCy's tokenizer keeps "41%-29" as one token, so neither share is found; the gold
README makes each share of a pair a claim of its own ("32%" and "25%" in "Trump led Cruz,
32%-25%"), as "46 percent to 40 percent" already is. Splitting "%" and "-" between two
numbers gives "41 % - 29 %", which the numbers component reads as two figures (or a range
after a verb of change, "rose 5%-6%", as "5-6" is).
"""

from __future__ import annotations

from collections.abc import Sequence
from re import Pattern

from spacy.util import compile_infix_regex

# "%" after a digit and before "-<digit>"; "-" after "<digit>%" and before a digit
PERCENT_PAIR_INFIXES = (r"(?<=[0-9])%(?=-[0-9])", r"(?<=[0-9]%)-(?=[0-9])")


def percent_pair_infixes(
    infixes: Sequence[str | Pattern[str]], extra: Sequence[str | Pattern[str]] = ()
) -> Pattern[str]:
    """The infix regex that splits "41%-29%" into "41 % - 29 %" (a tokenizer's ``finditer``).

    Args:
        infixes: the language's own infix patterns (``nlp.Defaults.infixes``).
        extra: more infix patterns of other modules (``glued_quotes``), compiled with these.
    """
    return compile_infix_regex([*infixes, *PERCENT_PAIR_INFIXES, *extra])
